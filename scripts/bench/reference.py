#!/usr/bin/env python3
"""Reference: the same year-end work done the usual way, with pandas + XlsxWriter.

Reads every ledger, explodes the participant lists, scores units (capped counts per category and a
participation rate) and persons (organise 3, take part 1), ranks, and writes a ranking sheet, a
breakdown sheet, an activists sheet and one detail row per record.
Usage: reference.py INPUT_DIR OUTPUT.xlsx
"""
import glob
import sys

import pandas as pd


def main(folder, output):
    members = pd.read_csv(f"{folder}/members.csv", dtype=str)
    ledgers = pd.concat(
        [pd.read_csv(path, dtype=str, keep_default_na=False).assign(文件=path) for path in sorted(glob.glob(f"{folder}/activities/*.csv"))],
        ignore_index=True)
    ledgers["行号"] = ledgers.groupby("文件").cumcount() + 2
    ledgers["日期"] = pd.to_datetime(ledgers["日期"], errors="coerce")
    ledgers = ledgers[ledgers["日期"].dt.year == 2023]
    ledgers = ledgers.drop_duplicates(subset=["二级工会", "日期", "活动名称", "类别"])

    counts = ledgers.groupby(["二级工会", "类别"]).size().unstack(fill_value=0)
    breakdown = (counts * 2).clip(upper=6)
    participants = ledgers.assign(工号=ledgers["参与者工号"].str.split(";")).explode("工号")
    roster = members.set_index("工号")["二级工会"]
    participants = participants[participants["工号"].map(roster) == participants["二级工会"]]
    distinct = participants.groupby("二级工会")["工号"].nunique()
    size = members.groupby("二级工会").size()
    rate = (distinct / size).fillna(0)
    rate_points = pd.cut(rate, [-1, 0.4, 0.5, 0.6, 0.7, 10], labels=[0, 1, 2, 3, 4], right=False).astype(int)
    ranking = pd.DataFrame({"分类得分": breakdown.sum(axis=1), "参与率": rate, "参与率得分": rate_points})
    ranking["总分"] = ranking["分类得分"] + ranking["参与率得分"]
    ranking["排名"] = ranking["总分"].rank(method="min", ascending=False).astype(int)
    ranking = ranking.sort_values("排名")

    organisers = ledgers.assign(工号=ledgers["组织者工号"].str.split(";")).explode("工号")
    person = (organisers.groupby("工号").size() * 3).add(participants.groupby("工号").size(), fill_value=0)
    activists = person.rename("得分").to_frame().join(members.set_index("工号")[["姓名", "二级工会"]])
    activists = activists.sort_values(["二级工会", "得分"], ascending=[True, False]).groupby("二级工会").head(8)

    detail = ledgers[["二级工会", "文件", "行号", "日期", "活动名称", "类别", "级别", "成果"]].copy()
    detail["日期"] = detail["日期"].dt.strftime("%Y-%m-%d")
    with pd.ExcelWriter(output, engine="xlsxwriter") as writer:
        ranking.to_excel(writer, sheet_name="排名汇总")
        breakdown.to_excel(writer, sheet_name="指标得分")
        activists.to_excel(writer, sheet_name="积极分子")
        detail.to_excel(writer, sheet_name="计分依据", index=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
