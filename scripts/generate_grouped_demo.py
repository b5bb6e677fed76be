#!/usr/bin/env python3
"""Writes the demo year of the third rubric (criteria/院系与机关分组考核.yaml).

Usage: python3 scripts/generate_grouped_demo.py [--seed 2023] [--out inputs/2023-grouped]

The same seed always writes the same files. Ten 院（系） and six 机关/直属单位 second-level unions, in the
two groups of the rubric (unions.csv 组别), with what the rubric reads besides the ledgers:
- members.csv with 会员 是/否: a few staff in some units have not joined (入会率 below 100%);
- ledgers in the rubric's categories; one unit held no 会员大会 (A3's precondition fails), one 院系
  held no 二级教代会 (C1), one unit has no 院务公开 record (C2 keeps half), one has a single 慰问帮扶
  record where D3 needs two;
- reviews.csv: two or three committee scores for A1, A3, A4, B3 (4–8 or 0), C2 and D3;
- occurrences.csv: late and missing reports (A5) and one 教代会 short of its attendance (C1).
"""
import argparse
import os
import random
import shutil

from generate_demo_data import write_csv

UNITS = [
    # name, group, members, profile
    ("文学院分工会", "院系", 58, "strong"),
    ("理学院分工会", "院系", 64, "typical"),
    ("工学院分工会", "院系", 72, "strong"),
    ("医学院分工会", "院系", 69, "typical"),
    ("经济学院分工会", "院系", 51, "typical"),
    ("法学院分工会", "院系", 40, "weak"),
    ("外国语学院分工会", "院系", 45, "typical"),
    ("艺术学院分工会", "院系", 38, "no_congress"),
    ("体育学院分工会", "院系", 33, "typical"),
    ("马克思主义学院分工会", "院系", 27, "weak"),
    ("党政办公室分工会", "机关", 31, "strong"),
    ("组织人事部分工会", "机关", 24, "typical"),
    ("教务处分工会", "机关", 29, "no_assembly"),
    ("图书馆分工会", "机关", 26, "typical"),
    ("后勤保障处分工会", "机关", 62, "weak"),
    ("校医院分工会", "机关", 22, "typical"),
]

# Records per category (low, high), share of staff taking part, committee level, joined share.
PROFILES = {
    "strong": {"counts": {"会员大会": (1, 2), "委员会会议": (4, 5), "干部培训": (2, 3), "教代会": (1, 1), "提案": (3, 5),
                          "院务公开": (2, 3), "慰问帮扶": (6, 9), "三八节": (1, 1), "文化活动": (4, 6), "体育活动": (3, 5),
                          "信息报送": (6, 9)},
               "turnout": 0.95, "committee": 0.9, "joined": 1.0},
    "typical": {"counts": {"会员大会": (1, 1), "委员会会议": (3, 4), "干部培训": (1, 2), "教代会": (1, 1), "提案": (2, 3),
                           "院务公开": (1, 2), "慰问帮扶": (4, 6), "三八节": (1, 1), "文化活动": (3, 5), "体育活动": (2, 3),
                           "信息报送": (4, 6)},
                "turnout": 0.82, "committee": 0.75, "joined": 0.97},
    "weak": {"counts": {"会员大会": (1, 1), "委员会会议": (1, 2), "干部培训": (0, 1), "教代会": (1, 1), "提案": (0, 1),
                        "院务公开": (0, 0), "慰问帮扶": (1, 1), "三八节": (0, 1), "文化活动": (1, 2), "体育活动": (1, 1),
                        "信息报送": (1, 2)},
             "turnout": 0.6, "committee": 0.55, "joined": 0.92},
}
PROFILES["no_congress"] = dict(PROFILES["typical"], counts=dict(PROFILES["typical"]["counts"], 教代会=(0, 0)))
PROFILES["no_assembly"] = dict(PROFILES["typical"], counts=dict(PROFILES["typical"]["counts"], 会员大会=(0, 0)))

NAMES = {
    "会员大会": ["分工会会员大会"], "委员会会议": ["分工会委员会例会", "分工会工作部署会"], "干部培训": ["工会干部业务培训", "工会干部政治理论学习"],
    "教代会": ["二级教代会"], "提案": ["教职工合理化建议征集", "提案征集与办理"], "院务公开": ["院务公开栏更新", "年度经费使用情况公开"],
    "慰问帮扶": ["慰问生病住院教职工", "困难教职工帮扶", "退休教职工走访"], "三八节": ["“三八”妇女节女教职工活动"],
    "文化活动": ["教职工读书分享会", "迎新年文艺联欢", "书画摄影作品展"], "体育活动": ["教职工羽毛球赛", "健步走活动", "乒乓球比赛"],
    "信息报送": ["工作信息报送"],
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--out", default="inputs/2023-grouped")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(f"{args.out}/activities")

    members = []
    staff = {}
    number = 0
    for name, _, size, profile in UNITS:
        ids = []
        for position in range(size):
            number += 1
            staff_id = f"G{number:04d}"
            joined = "是" if position < 2 or rng.random() < PROFILES[profile]["joined"] else "否"
            role = "主席" if position == 0 else ("委员" if position < 4 else "")
            person = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
            members.append([staff_id, person, name, joined, role])
            if joined == "是":
                ids.append(staff_id)
        staff[name] = ids
    write_csv(f"{args.out}/members.csv", ["工号", "姓名", "二级工会", "会员", "工会职务"], members)
    write_csv(
        f"{args.out}/unions.csv", ["二级工会", "编码", "组别", "主席"],
        [[name, f"G{index + 1:02d}", group, next(m[1] for m in members if m[2] == name)] for index, (name, group, _, _) in enumerate(UNITS)])

    header = ["二级工会", "日期", "活动名称", "类别", "级别", "参与人数", "组织者工号", "参与者工号", "成果", "备注"]
    outcomes = [("校级", "优秀奖"), ("校级", "三等奖"), ("市级", "二等奖"), ("校级", "采纳")]
    for name, group, _, profile in UNITS:
        settings = PROFILES[profile]
        pool = staff[name]
        active = rng.sample(pool, max(1, round(len(pool) * settings["turnout"])))
        rows = []
        seen = set()
        for category, (low, high) in settings["counts"].items():
            if category == "教代会" and group != "院系":
                continue
            for _ in range(rng.randint(low, high)):
                month = 3 if category == "三八节" else rng.randint(1, 12)
                day = rng.randint(1, 28)
                title = rng.choice(NAMES[category])
                # The same activity twice on a day is a duplicate the tool reports: not what this year shows.
                while (month, day, title) in seen:
                    day = day % 28 + 1
                seen.add((month, day, title))
                people = rng.sample(active, min(len(active), rng.randint(3, max(3, len(active) // 2))))
                level = "校级" if category in ("教代会", "干部培训") else "院级"
                outcome = ""
                if category in ("文化活动", "体育活动", "提案") and rng.random() < 0.2:
                    level, outcome = rng.choice(outcomes)
                rows.append([
                    name, f"2023-{month:02d}-{day:02d}", title, category, level, len(people),
                    people[0], ";".join(people), outcome, "",
                ])
        rows.sort(key=lambda row: row[1])
        write_csv(f"{args.out}/activities/{name}.csv", header, rows)

    reviews = []
    for name, _, _, profile in UNITS:
        level = PROFILES[profile]["committee"]
        for reviewer in ["委员甲", "委员乙", "委员丙"][: rng.choice([2, 3])]:
            for indicator, maximum in [("A1", 5), ("A3", 4), ("A4", 5), ("C2", 6), ("D3", 6)]:
                score = round(min(maximum, maximum * level + rng.uniform(-0.6, 0.4)), 1)
                reviews.append([name, indicator, score, reviewer])
            # B3: 4–8, or 0 for a team the reviewer finds not working.
            team = 0 if profile == "weak" and reviewer == "委员丙" else round(min(8, max(4, 8 * level + rng.uniform(-0.8, 0.5))), 1)
            reviews.append([name, "B3", team, reviewer])
    write_csv(f"{args.out}/reviews.csv", ["二级工会", "指标", "得分", "评委"], reviews)

    occurrences = [
        ["法学院分工会", "A5", "迟报", 2, "", "年度工作总结迟报"],
        ["后勤保障处分工会", "A5", "未报", 1, "", "会员统计表未报"],
        ["马克思主义学院分工会", "A5", "迟报", 1, "", "工作计划迟报"],
        ["经济学院分工会", "C1", "到会率不足", 1, "2023-04-12", "二级教代会代表到会不足三分之二"],
    ]
    write_csv(f"{args.out}/occurrences.csv", ["二级工会", "指标", "事项", "次数", "日期", "说明"], occurrences)


if __name__ == "__main__":
    main()
