#!/usr/bin/env python3
"""Writes inputs/2023-excel: the demo year of inputs/2023 as second-level unions really hand it in.

Usage: python3 scripts/generate_excel_demo.py [--seed 2023] [--source inputs/2023] [--out inputs/2023-excel]

The same records, people and office files as the source year, saved the way offices save them:
- the school's staff IDs are all digits (T01001 becomes 01001), written as text in the roster;
- ledgers are .xlsx (openpyxl) with a title row and a unit/date line above the header, office
  wording in the header (活动时间, 活动内容, 参加人员 …), no 二级工会 column (the file name says whose
  ledger it is), dates as Excel date cells, equal dates merged over consecutive rows, a 合计 row and
  a 填表人 line below the data;
- some workbooks have one sheet per quarter, plus an empty sheet;
- some ledgers are .xls (Excel 97-2003), converted from such a workbook by LibreOffice headless
  (without merged cells, which FreeXL cannot see);
- one ledger stays a CSV with date-times as Excel exports them (2023/3/8 0:00);
- participants by name when the name is unique in the unit, otherwise as 姓名(工号); a single
  organiser's ID as a number cell, so Excel drops its leading zero (1428 for 01428);
- 参与人数 as "15人", 院级 as 学院级 on some rows.
It must score exactly like the source year (an end-to-end test checks totals, ranks and nominations).
"""
import argparse
import csv
import datetime
import os
import random
import re
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Font

LEDGER_HEADER = ["活动时间", "活动内容", "活动类型", "活动级别", "参加人数", "组织者", "参加人员", "获奖情况", "备注"]


def read_csv(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")  # the demo has ledgers saved as GBK, as Excel does
    return list(csv.DictReader(text.splitlines()))


def digits(staff_id):
    return re.sub(r"^T", "", staff_id)


def parse_date(text):
    for pattern in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"):
        try:
            return datetime.datetime.strptime(text, pattern)
        except ValueError:
            pass
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--source", default="inputs/2023")
    parser.add_argument("--out", default="inputs/2023-excel")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    unions = read_csv(f"{args.source}/unions.csv")
    members = read_csv(f"{args.source}/members.csv")
    unit_of = {m["工号"]: m["二级工会"] for m in members}
    name_of = {m["工号"]: m["姓名"] for m in members}
    names_in_unit = {}
    for m in members:
        names_in_unit.setdefault((m["二级工会"], m["姓名"]), []).append(m["工号"])

    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(f"{args.out}/activities")

    def save(book, path):
        book.save(path)

    # The office's own files, as workbooks with a title row.
    def office_book(path, title, header, rows):
        book = Workbook()
        sheet = book.active
        sheet.title = "Sheet1"
        sheet.append([title])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        save(book, path)

    office_book(f"{args.out}/unions.xlsx", "2023年度先进基层工会评选参评单位", ["单位名称", "编码", "会员人数", "主席", "单位类别"],
                [[u["二级工会"], u["编码"], int(u["会员人数"]) if u["会员人数"] else None, u["主席"], u["类别"]] for u in unions])
    office_book(f"{args.out}/members.xlsx", "教职工会员名册（截至2023年11月30日）",
                ["职工号", "姓名", "所在分工会", "是否会员", "性别", "工会职务", "入会时间"],
                [[digits(m["工号"]), m["姓名"], m["二级工会"], m["会员"], m["性别"], m["工会职务"], m["入会日期"]] for m in members])
    adjustments = read_csv(f"{args.source}/adjustments.csv")
    office_book(f"{args.out}/adjustments.xlsx", "校工会加减分及一票否决事项", ["单位", "类型", "分值", "事由"],
                [[a["二级工会"], a["类型"], float(a["分值"]) if a["分值"] else None, a["事由"]] for a in adjustments])
    reviews = read_csv(f"{args.source}/reviews.csv")
    office_book(f"{args.out}/reviews.xlsx", "评审委员会打分表", ["二级工会", "指标", "得分", "评委", "说明"],
                [[r["二级工会"], r["指标"], float(r["得分"]), r["评委"], r["说明"]] for r in reviews])
    exclusions = read_csv(f"{args.source}/exclusions.csv")
    office_book(f"{args.out}/exclusions.xlsx", "不予推荐人员", ["职工号", "原因"],
                [[digits(e["工号"]), e["原因"]] for e in exclusions])

    def person(staff_id, unit):
        """How a secretary writes one person: name if unambiguous in the unit, else 姓名(工号)."""
        if staff_id not in name_of:
            return digits(staff_id)  # an ID the roster lacks stays an unknown ID
        name = name_of[staff_id]
        if unit_of[staff_id] == unit and len(names_in_unit[(unit, name)]) == 1:
            return name
        return f"{name}({digits(staff_id)})"

    def people(cell, unit):
        ids = [piece for piece in re.split(r"[;；,，、\s]+", cell) if piece]
        return "、".join(person(i, unit) for i in ids)

    def ledger_rows(unit_rows, unit):
        out = []
        for r in unit_rows:
            date = parse_date(r["日期"])
            organizers = [p for p in re.split(r"[;；,，、\s]+", r["组织者工号"]) if p]
            if len(organizers) == 1 and organizers[0] in name_of and rng.random() < 0.5:
                organizer = int(digits(organizers[0]))  # a number cell: Excel drops the leading zero
            else:
                organizer = people(r["组织者工号"], unit)
            level = r["级别"]
            if level == "院级" and rng.random() < 0.3:
                level = "学院级"
            count = r["参与人数"]
            if count and rng.random() < 0.3:
                count = f"{count}人"
            elif count:
                count = int(count)
            out.append({
                "date": date if date else r["日期"], "name": r["活动名称"], "category": r["类别"], "level": level,
                "count": count, "organizer": organizer, "participants": people(r["参与者工号"], unit),
                "outcome": r["成果"], "note": r["备注"],
            })
        return out

    def write_sheet(sheet, unit, rows, merge):
        sheet.append([f"{unit}2023年度活动台账"])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(LEDGER_HEADER))
        sheet.append([f"填报单位：{unit}", None, None, None, None, "填报日期：2023年12月5日"])
        sheet.append(LEDGER_HEADER)
        first = sheet.max_row + 1
        for row in rows:
            sheet.append([row["date"], row["name"], row["category"], row["level"], row["count"], row["organizer"],
                          row["participants"], row["outcome"], row["note"]])
            if isinstance(row["date"], datetime.datetime):
                sheet.cell(row=sheet.max_row, column=1).number_format = "yyyy/m/d"
        last = sheet.max_row
        if merge:
            # Consecutive rows of one day: the day is written once, merged down, as offices do.
            start = first
            for index in range(first + 1, last + 2):
                same = index <= last and isinstance(sheet.cell(index, 1).value, datetime.datetime) \
                    and sheet.cell(index, 1).value == sheet.cell(start, 1).value
                if not same:
                    if index - 1 > start:
                        sheet.merge_cells(start_row=start, start_column=1, end_row=index - 1, end_column=1)
                    start = index
        total = sum(r["count"] if isinstance(r["count"], int) else int(str(r["count"]).rstrip("人") or 0) for r in rows if r["count"])
        sheet.append(["合计", f"{len(rows)} 项活动", None, None, total])
        sheet.append(["填表人：工会秘书", None, None, "审核人：分工会主席", None, "（盖章）"])

    ledgers = sorted(os.listdir(f"{args.source}/activities"))
    converted = []
    for index, file_name in enumerate(ledgers):
        unit = file_name[:-4]
        source_rows = read_csv(f"{args.source}/activities/{file_name}")
        short = unit.replace("分工会", "")
        rows = ledger_rows(source_rows, unit)
        style = index % 5
        if style == 4:
            # Kept as CSV, exported from Excel: date-times, a title row, GBK.
            path = f"{args.out}/activities/{short}2023年活动台账.csv"
            with open(path, "w", encoding="gb18030", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow([f"{unit}2023年度活动台账"])
                writer.writerow(LEDGER_HEADER)
                for row in rows:
                    date = row["date"]
                    date_text = f"{date.year}/{date.month}/{date.day} 0:00" if isinstance(date, datetime.datetime) else date
                    writer.writerow([date_text, row["name"], row["category"], row["level"], row["count"],
                                     row["organizer"], row["participants"], row["outcome"], row["note"]])
                writer.writerow(["合计", f"{len(rows)} 项活动"])
            continue
        book = Workbook()
        if style == 1:
            # One sheet per quarter, and the empty sheet WPS adds.
            book.remove(book.active)
            for quarter in range(4):
                quarter_rows = [r for r in rows if isinstance(r["date"], datetime.datetime) and (r["date"].month - 1) // 3 == quarter]
                if quarter == 0:
                    quarter_rows += [r for r in rows if not isinstance(r["date"], datetime.datetime)]
                write_sheet(book.create_sheet(f"第{'一二三四'[quarter]}季度"), unit, quarter_rows, merge=True)
            book.create_sheet("Sheet2")
        else:
            sheet = book.active
            sheet.title = "活动台账"
            write_sheet(sheet, unit, sorted(rows, key=lambda r: (not isinstance(r["date"], datetime.datetime), r["date"] if isinstance(r["date"], datetime.datetime) else datetime.datetime.min)),
                        merge=style != 3)
        code = next(u["编码"] for u in unions if u["二级工会"] == unit)
        name = f"{code}-{short}.xlsx" if style == 2 else f"{short}2023年活动台账.xlsx"
        path = f"{args.out}/activities/{name}"
        save(book, path)
        if style == 3:
            converted.append(path)

    # .xls as Excel 97-2003 saves it, made by LibreOffice from the workbook just written.
    if converted:
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls",
                            "--outdir", f"{args.out}/activities", *converted], check=True, capture_output=True)
        for path in converted:
            os.remove(path)


if __name__ == "__main__":
    main()
