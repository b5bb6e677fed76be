#!/usr/bin/env python3
"""Seeded synthetic year for benchmarks: U units, M members, N ledger records with ~K participant IDs each.

Usage: generate_year.py --records 1000000 --units 1000 --members 100000 --ids 32 --out DIR [--seed 7]
Categories are those of criteria/先进基层工会.yaml, dates spread over 2023, a few awards.
"""
import argparse
import os
import random

CATEGORIES = ["政治学习", "主题宣传", "劳模宣讲", "教代会", "提案工作", "金点子", "代表培训", "慰问帮扶", "素能培训",
              "技能竞赛", "三八节", "亲子活动", "单身联谊", "健康服务", "职工小家", "文化活动", "体育活动", "社团活动",
              "组织建设", "干部培训", "宣传报道"]
LEVELS = ["院级"] * 6 + ["校级"] * 3 + ["市级"]
OUTCOMES = ["一等奖", "二等奖", "三等奖", "优秀奖"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, required=True)
    parser.add_argument("--units", type=int, required=True)
    parser.add_argument("--members", type=int, required=True)
    parser.add_argument("--ids", type=int, default=32)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(f"{args.out}/activities", exist_ok=True)
    names = [f"第{i + 1:04d}基层工会" for i in range(args.units)]
    per_unit = args.members // args.units
    roster = []
    with open(f"{args.out}/members.csv", "w", encoding="utf-8", newline="") as handle:
        handle.write("工号,姓名,二级工会,会员,性别,工会职务,入会日期\n")
        number = 0
        for unit in names:
            ids = []
            for position in range(per_unit):
                number += 1
                staff = f"S{number:06d}"
                ids.append(staff)
                role = "主席" if position == 0 else "会员"
                handle.write(f"{staff},职工{number},{unit},是,{'女' if number % 2 else '男'},{role},2015-09-01\n")
            roster.append(ids)
    with open(f"{args.out}/unions.csv", "w", encoding="utf-8", newline="") as handle:
        # 类别 for the default rubric's composition limit: one unit in five an office.
        handle.write("二级工会,编码,类别\n")
        for index, unit in enumerate(names):
            handle.write(f"{unit},U{index + 1:04d},{'机关' if index % 5 == 4 else '院系'}\n")
    base, extra = divmod(args.records, args.units)
    for index, unit in enumerate(names):
        count = base + (1 if index < extra else 0)
        ids = roster[index]
        lines = ["二级工会,日期,活动名称,类别,级别,参与人数,组织者工号,参与者工号,成果,备注\n"]
        for row in range(count):
            month = rng.randint(1, 12)
            day = rng.randint(1, 28)
            category = rng.choice(CATEGORIES)
            level = rng.choice(LEVELS)
            people = rng.sample(ids, min(args.ids, len(ids)))
            outcome = rng.choice(OUTCOMES) if level != "院级" and rng.random() < 0.1 else ""
            lines.append(
                f"{unit},2023-{month:02d}-{day:02d},{category}活动第{row + 1}期,{category},{level},{len(people)},"
                f"{people[0]},{';'.join(people)},{outcome},存档{row + 1}\n")
        with open(f"{args.out}/activities/{unit}.csv", "w", encoding="utf-8", newline="") as handle:
            handle.writelines(lines)


if __name__ == "__main__":
    main()
