#!/usr/bin/env python3
"""Writes the demo year of the second rubric (criteria/二级工会工作考核.yaml).

Usage: python3 scripts/generate_assessment_demo.py [--seed 2023] [--out inputs/2023-assessment]
                                                   [--history inputs/assessment-history]

The same seed always writes the same files. Twelve second-level unions of three strengths, with what
this rubric reads besides the ledgers:
- ledgers with a 上报日期 column (a few records reported more than 30 days late);
- unions.csv with 提交日期 (one ledger after the 12-15 deadline, one unit with no ledger at all);
- members.csv with 缴纳会费 (the activists' quota is taken of dues-paying members);
- reviews.csv: committee scores for A3 and C3, peer scores for A3 (评委单位; one unit also scored
  itself, which the tool drops), and five committee scores of the 总分 for the weighted total;
- self_scores.csv: every unit's own claim per indicator (some claim much more than the evidence);
- occurrences.csv: absences from and late arrivals at 校工会 meetings (A2);
- adjustments.csv: a 不得分, a 取消积极分子名额 and a 加分;
- the history folder: 2021 and 2022 results.json as `run` writes them (rank, total, grade, title),
  which the 先进/模范职工之家 titles need, and each year's final list of 工会工作积极分子 (one of this
  year's best candidates was on 2022's; one person listed in 2022 has since moved unit);
- for the activists' selection: roster columns 性别, 行政职务 and 岗位类别 (a few 处级/副处级 cadres, whom
  the rubric excludes, and a gender by the given name); votes.csv, the ballot of every
  candidate (one unit's best fails it); objections.csv, one objection upheld and one not.
These last files come from a random stream of their own, so the rest of the year is as before.
"""
import argparse
import datetime
import json
import os
import random
import shutil

from generate_demo_data import write_csv

UNITS = [
    # name, members, profile
    ("文学院分工会", 64, "strong"),
    ("数学学院分工会", 52, "typical"),
    ("化学化工学院分工会", 58, "typical"),
    ("计算机学院分工会", 71, "strong"),
    ("经济管理学院分工会", 66, "typical"),
    ("法学院分工会", 41, "typical"),
    ("艺术学院分工会", 47, "strong"),
    ("体育学院分工会", 38, "typical"),
    ("图书馆分工会", 26, "weak"),
    ("机关第一分工会", 45, "typical"),
    ("后勤保障部分工会", 73, "weak"),
    ("附属医院分工会", 55, "missing"),
]

# Per profile: records per category (low, high), share of members taking part, committee level.
PROFILES = {
    "strong": {"counts": {"委员会会议": (4, 5), "干部培训": (2, 2), "信息报送": (10, 12), "教代会": (2, 2), "提案": (3, 4),
                          "慰问帮扶": (8, 10), "健康关爱": (2, 3), "权益维护": (1, 2), "文化活动": (3, 4), "体育活动": (2, 3),
                          "主题活动": (2, 3), "经验交流": (1, 3)},
               "turnout": 0.97, "theme": 0.75, "committee": 0.9, "late": 0},
    "typical": {"counts": {"委员会会议": (3, 4), "干部培训": (1, 2), "信息报送": (7, 10), "教代会": (2, 2), "提案": (2, 3),
                           "慰问帮扶": (5, 8), "健康关爱": (1, 3), "权益维护": (1, 1), "文化活动": (2, 3), "体育活动": (1, 2),
                           "主题活动": (1, 2), "经验交流": (0, 1)},
                "turnout": 0.85, "theme": 0.5, "committee": 0.8, "late": 1},
    "weak": {"counts": {"委员会会议": (1, 2), "干部培训": (0, 1), "信息报送": (2, 4), "教代会": (1, 1), "提案": (0, 1),
                        "慰问帮扶": (2, 3), "健康关爱": (0, 1), "权益维护": (0, 0), "文化活动": (1, 2), "体育活动": (0, 1),
                        "主题活动": (1, 1), "经验交流": (0, 0)},
             "turnout": 0.6, "theme": 0.3, "committee": 0.68, "late": 2},
}

TITLES = {
    "委员会会议": ["分工会委员会会议", "季度工作例会"], "干部培训": ["工会干部业务培训", "工会干部能力提升班"],
    "信息报送": ["工会工作信息报送", "活动新闻稿"], "教代会": ["二级教代会全体会议", "二级教代会年度会议"],
    "提案": ["教代会提案征集", "合理化建议征集"], "慰问帮扶": ["困难教职工帮扶", "节日慰问", "生病住院慰问"],
    "健康关爱": ["健康知识讲座", "心理关爱沙龙"], "权益维护": ["劳动保护专项检查", "普法宣传讲座"],
    "文化活动": ["教职工读书分享会", "中秋游园活动", "迎新文艺汇演"], "体育活动": ["教职工羽毛球赛", "健步走活动", "趣味运动会"],
    "主题活动": ["“建功立业”主题劳动竞赛", "师德师风主题教育活动"], "经验交流": ["工会工作经验交流会"],
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鑫宇晨欣怡佳琪浩然婷雪梅春燕"

# Given-name characters read as a woman's name (the rest of GIVEN as a man's).
FEMININE = "芳娜敏静丽艳娟秀霞桂英玉兰萍红欣怡婷雪梅春燕琪"

INDICATOR_MAXIMA = {"A1": 6, "A2": 6, "A3": 8, "B1": 6, "B2": 8, "B3": 6, "C1": 8, "C2": 6, "C3": 6, "D1": 8, "D2": 6,
                    "D3": 6, "E1": 10, "E2": 10}


def day_of_year(rng):
    month = rng.randint(3, 11)
    return month, rng.randint(1, 28)


def add_days(month, day, days):
    return (datetime.date(2023, month, day) + datetime.timedelta(days=days)).isoformat()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--out", default="inputs/2023-assessment")
    parser.add_argument("--history", default="inputs/assessment-history")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for folder in (args.out, args.history):
        if os.path.isdir(folder):
            shutil.rmtree(folder)

    names = [unit[0] for unit in UNITS]
    member_rows, roster = [], {}
    number = 0
    for name, count, _ in UNITS:
        roster[name] = []
        for position in range(count):
            number += 1
            staff_id = f"Z{number:04d}"
            role = "主席" if position == 0 else ("委员" if position < 4 else "会员")
            person = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
            dues = "否" if rng.random() < 0.1 else "是"
            member_rows.append([staff_id, person, name, "是", role, dues])
            roster[name].append(staff_id)

    union_rows = []
    for index, (name, _, profile) in enumerate(UNITS):
        submitted = "" if profile == "missing" else ("2023-12-18" if name == "体育学院分工会" else f"2023-12-{rng.randint(5, 14):02d}")
        union_rows.append([name, f"Z{index + 1:02d}", "", next(r[1] for r in member_rows if r[2] == name), submitted])
    write_csv(f"{args.out}/unions.csv", ["二级工会", "编码", "会员人数", "主席", "提交日期"], union_rows)

    header = ["二级工会", "日期", "活动名称", "类别", "级别", "参与人数", "组织者工号", "参与者工号", "成果", "上报日期", "备注"]
    ledgers = {}
    for name, _, profile in UNITS:
        if profile == "missing":
            continue  # never handed in a ledger: 未提交 costs 5 points and the activists' quota
        plan = PROFILES[profile]
        ids = roster[name]
        active = rng.sample(ids, max(1, round(len(ids) * plan["turnout"])))
        rows = []
        late_left = plan["late"]
        for category, (low, high) in plan["counts"].items():
            for _ in range(rng.randint(low, high)):
                month, day = day_of_year(rng)
                title = rng.choice(TITLES[category])
                share = plan["theme"] if category == "主题活动" else rng.uniform(0.15, 0.45)
                people = rng.sample(active, max(2, min(len(active), round(len(ids) * share))))
                level, outcome = "院级", ""
                if category in ("文化活动", "体育活动", "主题活动") and rng.random() < (0.4 if profile == "strong" else 0.15):
                    level = rng.choice(["区级", "市级", "市级", "省级"])
                    outcome = rng.choice(["一等奖", "二等奖", "三等奖", "优秀奖"])
                if category == "经验交流":
                    level = rng.choice(["校级", "市级"])
                if category == "教代会":
                    month = [4, 11][sum(1 for r in rows if r[3] == "教代会") % 2]
                delay = rng.randint(0, 20)
                if late_left > 0 and category in ("信息报送", "慰问帮扶"):
                    delay = rng.randint(40, 70)  # 年终突击补录: does not count
                    late_left -= 1
                reported = add_days(month, day, delay)
                rows.append([
                    name, f"2023-{month:02d}-{day:02d}", title, category, level, len(people), people[0], ";".join(people),
                    outcome, reported, "",
                ])
        # Everyone active takes part in the year's general assembly, so participation reaches them all.
        rows.append([name, "2023-06-15", "年度会员大会", "委员会会议", "院级", len(active), ids[0], ";".join(active), "",
                     "2023-06-20", "会员大会签到表"])
        rows.sort(key=lambda row: row[1])
        write_csv(f"{args.out}/activities/{name}.csv", header, rows)
        ledgers[name] = rows

    review_rows = []
    for index, (name, _, profile) in enumerate(UNITS):
        level = PROFILES.get(profile, PROFILES["weak"])["committee"]
        for reviewer in ["委员甲", "委员乙", "委员丙"]:
            review_rows.append([name, "A3", f"{min(8, round(8 * level + rng.uniform(-0.8, 0.6), 1)):.1f}", reviewer, "", "组织建设材料评审"])
            review_rows.append([name, "C3", f"{min(6, round(6 * level + rng.uniform(-0.6, 0.4), 1)):.1f}", reviewer, "", "院务公开材料评审"])
        for step in (1, 2, 3):
            peer = names[(index + step) % len(names)]
            review_rows.append([name, "A3", f"{min(8, round(8 * level + rng.uniform(-0.6, 0.8), 1)):.1f}", "互评", peer, "二级工会互评"])
        for reviewer in ["委员甲", "委员乙", "委员丙", "委员丁", "委员戊"]:
            review_rows.append([name, "总分", f"{min(100, round(100 * level + rng.uniform(-4, 5), 1)):.1f}", reviewer, "", "评审会现场评分"])
    # A unit that also scored itself in the peer review: the tool drops it and says so.
    review_rows.append([names[1], "A3", "8.0", "互评", names[1], "二级工会互评"])
    write_csv(f"{args.out}/reviews.csv", ["二级工会", "指标", "得分", "评委", "评委单位", "说明"], review_rows)

    self_rows = []
    for name, _, profile in UNITS:
        modesty = {"strong": 0.5, "typical": 1.5, "weak": 1.0, "missing": 2.0}[profile]
        for indicator, maximum in INDICATOR_MAXIMA.items():
            claim = max(0.0, round(maximum - rng.uniform(0, modesty), 1))
            self_rows.append([name, indicator, f"{claim:.1f}", ""])
    write_csv(f"{args.out}/self_scores.csv", ["二级工会", "指标", "自评分", "说明"], self_rows)

    occurrence_rows = []
    for name, _, profile in UNITS:
        absences = {"strong": 0, "typical": rng.randint(0, 1), "weak": rng.randint(2, 3), "missing": 3}[profile]
        for _ in range(absences):
            month, day = day_of_year(rng)
            occurrence_rows.append([name, "A2", "缺席", 1, f"2023-{month:02d}-{day:02d}", "未参加校工会全委会"])
        if profile != "strong" and rng.random() < 0.5:
            month, day = day_of_year(rng)
            occurrence_rows.append([name, "A2", "迟到早退", 1, f"2023-{month:02d}-{day:02d}", "工会干部培训迟到"])
    write_csv(f"{args.out}/occurrences.csv", ["二级工会", "指标", "事项", "次数", "日期", "说明"], occurrence_rows)

    write_csv(
        f"{args.out}/adjustments.csv",
        ["二级工会", "类型", "分值", "事由", "指标"],
        [
            [names[3], "加分", "2", "承办全省高校工会工作经验交流会", ""],
            [names[10], "不得分", "", "发生一起劳动安全责任事故", "D2"],
            [names[5], "取消积极分子名额", "", "11月30日前未上交会费", ""],
        ],
    )

    extra = random.Random(args.seed * 1000 + 22)
    selection = activist_selection(extra, member_rows, ledgers, args.out)
    nominations = history_nominations(extra, member_rows, selection)

    # Last two years' results, as `run` writes them, for the titles that need earlier ones.
    titles_2022 = {names[0]: "先进职工之家", names[3]: "合格职工之家", names[6]: "先进职工之家", names[4]: "合格职工之家"}
    titles_2021 = {names[0]: "先进职工之家", names[3]: "合格职工之家", names[6]: "合格职工之家"}
    for year, titles in ((2021, titles_2021), (2022, titles_2022)):
        units = []
        # 附属医院分工会 joined the assessment in 2023: no earlier result.
        ranked = [name for name, _, _ in UNITS if name != names[11]]
        rng.shuffle(ranked)
        ranked.sort(key=lambda unit: unit not in titles)
        for rank, unit in enumerate(ranked, start=1):
            total = round(93 - rank * 2.5 + rng.uniform(-0.9, 0.9), 1)
            grade = "优秀" if total >= 88 else "良好" if total >= 78 else "合格"
            entry = {"rank": rank, "union": unit, "total": total, "decision": "recommended" if rank <= 2 else "notRecommended",
                     "grade": grade}
            if unit in titles:
                entry["title"] = titles[unit]
            units.append(entry)
        document = {"title": f"{year}年度二级工会工作考核", "year": year, "units": units,
                    "activistTitle": "工会工作积极分子", "nominations": nominations[year]}
        path = f"{args.history}/{year}/results.json"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2, sort_keys=True)
            handle.write("\n")


def activist_selection(rng, member_rows, ledgers, out):
    """The roster's 性别/行政职务/岗位类别 (written with members.csv), the ballot of every candidate and
    two objections; returns each unit's candidates, best first by the rubric's points (roughly: late
    records are not left out here, which only orders the ballot)."""
    roles = {}
    for row in member_rows:
        # The gender the given name suggests, so that a list read aloud sounds right.
        gender = "女" if any(character in FEMININE for character in row[1][1:]) else "男"
        draw = rng.random()
        post = "处级" if draw < 0.02 else "副处级" if draw < 0.05 else "科级" if draw < 0.17 else ""
        draw = rng.random()
        kind = "专任教师" if draw < 0.6 else "管理" if draw < 0.8 else "教辅" if draw < 0.92 else "工勤"
        row.extend([gender, post, kind])
        roles[row[0]] = (row[4], post)
    write_csv(f"{out}/members.csv", ["工号", "姓名", "二级工会", "会员", "工会职务", "缴纳会费", "性别", "行政职务", "岗位类别"],
              member_rows)

    candidates = {}
    for name, rows in ledgers.items():
        organised, took_part = {}, {}
        for row in rows:
            organiser = row[6]
            organised[organiser] = organised.get(organiser, 0) + 1
            for person in row[7].split(";"):
                if person != organiser:
                    took_part[person] = took_part.get(person, 0) + 1
        people = set(organised) | set(took_part)
        points = {p: 3 * organised.get(p, 0) + min(took_part.get(p, 0), 10) for p in people}
        eligible = [p for p in people if roles[p][0] != "主席" and roles[p][1] not in ("处级", "副处级")
                    and organised.get(p, 0) + took_part.get(p, 0) >= 3]
        candidates[name] = sorted(eligible, key=lambda p: (-points[p], p))

    # The school's 评审委员会 votes on every candidate: 25 entitled, 23 present; more votes for more points.
    vote_rows = []
    names = [unit[0] for unit in UNITS]
    for name in names:
        ranked = candidates.get(name, [])
        for position, person in enumerate(ranked):
            approve = max(3, min(23, round(21 - position * 1.5 + rng.uniform(-2, 2))))
            if name == names[2] and position == 0:
                approve = 9  # the unit's best does not get a majority of those present
            oppose = rng.randint(0, 23 - approve)
            vote_rows.append(["工会工作积极分子", person, approve, oppose, 23 - approve - oppose, 25 if not vote_rows else "",
                              23 if not vote_rows else ""])
    write_csv(f"{out}/votes.csv", ["评选", "对象", "赞成", "反对", "弃权", "应到", "实到"], vote_rows)

    write_csv(f"{out}/objections.csv", ["对象", "事由", "结论", "日期"], [
        [candidates[names[1]][0], "反映其台账中两次活动的签到表与实际不符，经核实属实", "成立", "2023-12-25"],
        [candidates[names[4]][0], "反映其参加活动次数不足，经核查台账记录无误", "不成立", "2023-12-26"],
    ])
    return candidates


def history_nominations(rng, member_rows, candidates):
    """Each earlier year's final list: a few people per unit, with 文学院's best candidate of this year on
    2022's, and one person of 2022's list since moved to another unit (listed under their old one)."""
    by_id = {row[0]: row for row in member_rows}
    names = [unit[0] for unit in UNITS]
    lists = {}
    for year in (2021, 2022):
        chosen = []
        for name in names[:11]:
            pool = [row[0] for row in member_rows if row[2] == name and row[4] != "主席"]
            chosen += rng.sample(pool, 2)
        if year == 2022:
            chosen.append(candidates[names[0]][0])
        entries = []
        for staff_id in sorted(set(chosen)):
            row = by_id[staff_id]
            union = row[2]
            if year == 2022 and staff_id == chosen[0]:
                union = names[(names.index(union) + 1) % len(names)]  # then in another unit
            entries.append({"union": union, "staffID": staff_id, "name": row[1], "points": 20, "organized": 4,
                            "participated": 8, "reason": "组织活动4次，参与活动8次"})
        lists[year] = entries
    return lists


if __name__ == "__main__":
    main()
