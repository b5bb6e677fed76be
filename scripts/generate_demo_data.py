#!/usr/bin/env python3
"""Seeded generator for the demo year in inputs/2023 (and larger synthetic years).

Usage: python3 scripts/generate_demo_data.py [--seed 2023] [--out inputs/2023] [--scale 1]
The same seed always writes the same files. --scale multiplies units, members and records
(units beyond the named twenty get numbered names).
"""
import argparse
import csv
import io
import os
import random
import shutil

UNITS = [
    # name, members, profile
    ("管理学院分工会", 78, "strong"),
    ("财经学院分工会", 66, "typical"),
    ("建筑与设计学院分工会", 58, "typical"),
    ("信息工程学院分工会", 72, "typical"),
    ("机电与车辆工程学院分工会", 61, "typical"),
    ("外国语学院分工会", 49, "typical"),
    ("传媒学院分工会", 44, "typical"),
    ("音乐学院分工会", 38, "culture"),
    ("体育学院分工会", 35, "sports_only"),
    ("护理学院分工会", 57, "typical"),
    ("马克思主义学院分工会", 30, "typical"),
    ("通识教育学院分工会", 52, "typical"),
    ("国际教育学院分工会", 9, "tiny"),
    ("继续教育学院分工会", 24, "late_sparse"),
    ("图书馆分工会", 27, "typical"),
    ("后勤服务中心分工会", 64, "weak"),
    ("党政办公室分工会", 33, "typical"),
    ("教务处分工会", 31, "typical"),
    ("学生工作部分工会", 36, "typical"),
    ("校医院分工会", 22, "typical"),
]

# The kind of unit (unions.csv 类别), from its name: for the award's composition limit.
OFFICES = ("党政办公室", "教务处", "学生工作部")


def unit_category(name):
    if "学院" in name:
        return "院系"
    return "机关" if name.startswith(OFFICES) else "直属单位"


# Calendar items of the 2023 work plan attachment: month, category, activity name, level
CALENDAR = [
    (3, "教代会", "参加第二届教代会暨工代会第二次全体会议", "校级"),
    (3, "三八节", "“三八”妇女节女教职工系列活动", "院级"),
    (3, "提案工作", "教代会提案征集与初审", "院级"),
    (3, "政治学习", "学习宣传贯彻党的二十大精神集体学习", "院级"),
    (4, "健康服务", "组织教职工健康体检", "校级"),
    (4, "体育活动", "参加第十七届运动会暨全民健身体育文化节", "校级"),
    (4, "素能培训", "教职工素能提升讲座", "院级"),
    (4, "主题宣传", "“中国梦·劳动美”主题宣传教育", "院级"),
    (5, "干部培训", "分工会干部培训", "校级"),
    (5, "健康服务", "健康知识专题讲座", "院级"),
    (5, "职工小家", "职工小家建设推进会", "院级"),
    (5, "体育活动", "院系杯足球赛", "校级"),
    (5, "劳模宣讲", "劳模工匠进校园宣讲", "校级"),
    (6, "亲子活动", "“六一”亲子主题活动", "院级"),
    (6, "文化活动", "端午节民俗文化活动", "院级"),
    (6, "文化活动", "“我与人科共成长”演讲比赛", "校级"),
    (6, "体育活动", "教职工乒乓球比赛", "院级"),
    (6, "慰问帮扶", "“六一”儿童节慰问", "院级"),
    (9, "金点子", "“金点子”征集活动", "院级"),
    (9, "文化活动", "新老教职工联谊活动", "院级"),
    (9, "文化活动", "中秋节游园活动", "院级"),
    (9, "慰问帮扶", "教师节慰问", "院级"),
    (10, "健康服务", "秋季健康知识讲座", "院级"),
    (10, "体育活动", "院系杯篮球赛", "校级"),
    (10, "政治学习", "主题教育专题学习", "院级"),
    (11, "单身联谊", "教科文卫体工会单身职工联谊", "市级"),
    (11, "代表培训", "教代会代表培训", "校级"),
    (11, "技能竞赛", "青年教师教学技能竞赛", "校级"),
    (11, "宣传报道", "工会工作信息报送", "院级"),
    (12, "体育活动", "教职工羽毛球比赛", "院级"),
    (12, "教代会", "参加第二届教代会暨工代会第三次全体会议", "校级"),
    (12, "组织建设", "分工会年度工作总结会", "院级"),
    (12, "慰问帮扶", "春节困难教职工慰问", "院级"),
]

EXTRA = [
    ("组织建设", "分工会委员会例会", "院级"),
    ("宣传报道", "分工会活动新闻稿", "院级"),
    ("慰问帮扶", "生病住院教职工慰问", "院级"),
    ("慰问帮扶", "教职工生日慰问", "院级"),
    ("社团活动", "教职工书法社团活动", "院级"),
    ("文化活动", "教职工读书分享会", "院级"),
    ("素能培训", "课程思政专题培训", "院级"),
    ("政治学习", "工会理论学习会", "院级"),
]

# profile: (share of calendar items held, share of members taking part, extra records)
PROFILES = {
    "strong": (0.95, 0.75, 10),
    "typical": (0.7, 0.5, 5),
    "culture": (0.75, 0.6, 6),
    "weak": (0.3, 0.25, 1),
    "tiny": (0.55, 0.7, 2),
    "late_sparse": (0.0, 0.35, 0),
    "sports_only": (0.0, 0.6, 0),
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鑫宇晨欣怡佳琪浩然婷雪梅春燕志明海波晓东丹丹俊杰思远子涵雨桐"
ROLES = ["会员"] * 20 + ["小组长"] * 2 + ["委员"]


def write_csv(path, header, rows, encoding="utf-8-sig"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue().encode(encoding))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--out", default="inputs/2023")
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    units = []
    for copy in range(args.scale):
        for name, members, profile in UNITS:
            units.append((name if copy == 0 else f"{name[:-3]}{copy + 1}分工会", members, profile))

    if os.path.isdir(args.out):
        shutil.rmtree(args.out)

    member_rows, roster = [], {}
    staff_number = 1000
    for name, count, _ in units:
        roster[name] = []
        for position in range(count):
            staff_number += 1
            staff_id = f"T{staff_number:05d}"
            role = "主席" if position == 0 else ("女工主任" if position == 1 else rng.choice(ROLES))
            is_member = "否" if rng.random() < 0.03 else "是"
            gender = "女" if rng.random() < 0.55 else "男"
            person = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
            # Most joined years ago; a few joined this autumn and are short of the six-month tenure.
            joined = f"2023-{rng.randint(8, 10):02d}-01" if rng.random() < 0.04 else f"{rng.randint(2005, 2022)}-09-01"
            member_rows.append([staff_id, person, name, is_member, gender, role, joined])
            roster[name].append(staff_id)
    write_csv(f"{args.out}/members.csv", ["工号", "姓名", "二级工会", "会员", "性别", "工会职务", "入会日期"], member_rows)
    write_csv(
        f"{args.out}/unions.csv",
        ["二级工会", "编码", "会员人数", "主席", "类别"],
        [
            [name, f"U{index + 1:02d}", "", next(r[1] for r in member_rows if r[2] == name), unit_category(name)]
            for index, (name, _, _) in enumerate(units)
        ],
    )

    for index, (name, _, profile) in enumerate(units):
        held, turnout, extra = PROFILES[profile]
        ids = roster[name]
        # Most activity comes from a core of active members; the rest rarely take part.
        pool = rng.sample(ids, max(1, round(len(ids) * turnout)))
        items = [item for item in CALENDAR if rng.random() < held]
        if profile == "sports_only":
            items = [item for item in CALENDAR if item[1] == "体育活动"]
        if profile == "late_sparse":
            items = [item for item in CALENDAR if item[0] >= 11][:4]
        if profile == "culture":
            items += [(rng.choice([4, 5, 10]), "文化活动", "教职工合唱排练展演", "院级")]
        for _ in range(extra):
            category, title, level = rng.choice(EXTRA)
            items.append((rng.randint(3, 12), category, title, level))
        rows = []
        seen = set()
        for month, category, title, level in items:
            day = rng.randint(1, 28)
            key = (month, day, title)
            if key in seen:
                continue
            seen.add(key)
            size = max(1, int(len(pool) * rng.uniform(0.2, 0.6)))
            people = rng.sample(pool, min(size, len(pool)))
            organisers = people[:1] + ([people[1]] if len(people) > 3 else [])
            if profile == "tiny":
                # Two co-organisers of everything tie at the top for the unit's single activist place.
                people = ids[2:4] + [p for p in people if p not in ids[2:4]]
                organisers = ids[2:4]
            outcome = ""
            if category in ("技能竞赛", "体育活动", "文化活动") and level != "院级" and rng.random() < 0.35:
                outcome = rng.choice(["一等奖", "二等奖", "三等奖", "优秀奖"])
            if category in ("提案工作", "金点子") and rng.random() < 0.4:
                outcome, level = "采纳", "校级"
            date = rng.choice([f"2023-{month:02d}-{day:02d}", f"2023/{month}/{day}", f"2023年{month}月{day}日"])
            rows.append([name, date, title, category, level, len(people), "、".join(organisers), ";".join(people), outcome, f"照片存档 {month}-{day}"])
        rng.shuffle(rows)
        header = ["二级工会", "日期", "活动名称", "类别", "级别", "参与人数", "组织者工号", "参与者工号", "成果", "备注"]
        if index == 0 and rows:
            # A municipal award later raised to provincial level: counted once, at the higher level.
            rows.append([name, "2023-11-20", "重庆市高校教职工技能大赛", "技能竞赛", "市级", 3, ids[2], ";".join(ids[2:5]), "二等奖", "获奖证书"])
            rows.append([name, "2023-12-08", "重庆市高校教职工技能大赛", "技能竞赛", "省部级", 3, ids[2], ";".join(ids[2:5]), "三等奖", "获奖证书"])
        if args.scale == 1:
            rows = inject_problems(name, rows, ids)
        encoding = "gb18030" if name == "财经学院分工会" else "utf-8-sig"
        if name == "图书馆分工会":
            # This secretary's template has no 二级工会 column: the file name names the unit.
            write_csv(f"{args.out}/activities/{name}.csv", header[1:], [row[1:] for row in rows], encoding)
        elif name == "校医院分工会":
            continue  # never submitted a ledger: ranked with what it has, marked 未提交台账
        else:
            write_csv(f"{args.out}/activities/{name}.csv", header, rows, encoding)

    names = [u[0] for u in units]
    write_csv(
        f"{args.out}/adjustments.csv",
        ["二级工会", "类型", "分值", "事由"],
        [
            [names[1], "加分", "2", "承办全校教职工迎新春联欢会"],
            [names[5], "扣分", "3", "年度工会经费使用检查发现未按规定报销1笔"],
            [names[3], "否决", "", "发生违反中央八项规定精神问题，经校工会委员会认定"],
        ],
    )
    reviewers = ["评委A", "评委B", "评委C", "评委D", "评委E"]
    review_rows = []
    for name, _, profile in units:
        base = {"strong": 5.5, "weak": 2.5, "late_sparse": 2.0}.get(profile, 4.0)
        for reviewer in reviewers:
            score = max(0.0, min(6.0, round(base + rng.uniform(-1, 1), 1)))
            review_rows.append([name, "E4", f"{score:.1f}", reviewer, "台账与制度材料评审"])
    write_csv(f"{args.out}/reviews.csv", ["二级工会", "指标", "得分", "评委", "说明"], review_rows)
    write_csv(
        f"{args.out}/exclusions.csv",
        ["工号", "原因"],
        [[roster[names[0]][5], "2023年受到警告处分"], [roster[names[2]][3], "本人申请不参加评选"]],
    )


def inject_problems(name, rows, ids):
    """A handful of the mistakes real ledgers contain, so the demo shows how they are reported."""
    if name == "建筑与设计学院分工会" and rows:
        rows[0][3] = "文化活功"  # misspelt category
    if name == "信息工程学院分工会":
        rows.append([name, "2023-02-30", "春季教职工徒步活动", "体育活动", "院级", 12, ids[0], ";".join(ids[:12]), "", ""])
    if name == "机电与车辆工程学院分工会" and rows:
        rows[1][7] = rows[1][7] + ";T99999"  # staff ID not on the roster
    if name == "外国语学院分工会" and rows:
        rows.append(list(rows[0]))  # the same activity entered twice
    if name == "传媒学院分工会":
        rows.append([name, "2022-12-28", "2022年度总结会", "组织建设", "院级", 20, ids[0], ";".join(ids[:20]), "", ""])
    return rows


if __name__ == "__main__":
    main()
