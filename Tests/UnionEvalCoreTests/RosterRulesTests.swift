import Testing
@testable import UnionEvalCore

/// Eligibility by any roster column and composition limits, through a whole run: the roster's columns,
/// the reasons on 候选人明细, the limits under 名额分配 and in `explain`.
@Suite struct RosterRulesTests {
    /// A单位's roster with 行政职务 and 性别: A01 处级, A02 副处级, A03 正处级 (a value the rubric does not list), the
    /// rest blank; A04 and A06 women.
    static let members: String = {
        var text = "工号,姓名,二级工会,性别,行政职务\n"
        let posts = ["A01": "处级", "A02": "副处级", "A03": "正处级"]
        for i in 1...10 {
            let id = "A\(String(format: "%02d", i))"
            text += "\(id),甲\(i),A单位,\(i == 4 || i == 6 ? "女" : "男"),\(posts[id] ?? "")\n"
        }
        for i in 1...20 { text += "B\(String(format: "%02d", i)),乙\(i),B单位,男,\n" }
        return text
    }()

    /// Everyone of A单位 organises once more than the next (A01 most), so the quota cut takes the top.
    static func inputs(members: String = members) -> YearInputs {
        let header = "二级工会,日期,活动名称,类别,级别,组织者工号,参与者工号,成果\n"
        var rows: [String] = []
        for i in 1...8 {
            for time in 0..<(10 - i) {
                rows.append("A单位,2023-05-\(String(format: "%02d", i)),活动\(i)-\(time),文化活动,院级,A\(String(format: "%02d", i)),A09;A10,")
            }
        }
        var inputs = TestSupport.inputs(ledgers: [:], members: members)
        inputs.activities = [TestSupport.file("activities/A单位.csv", header + rows.joined(separator: "\n") + "\n")]
        return inputs
    }

    static func rubric(_ extra: String) throws -> Criteria {
        try TestSupport.rubric {
            $0.replacingOccurrences(of: "    minimum_activities: 2\n", with: "    minimum_activities: 2\n\(extra)")
                .replacingOccurrences(of: "    rate: 10%\n", with: "    rate: 30%\n")
        }
    }

    @Test func aRosterValueTheRubricExcludesKeepsThatPersonOffAndAnUnlistedValueIsSaid() throws {
        let criteria = try Self.rubric("    exclude: {行政职务: [处级, 副处级]}\n")
        let run = EvaluationRun(inputs: Self.inputs(), criteria: criteria)
        let nomination = try #require(run.nomination)
        #expect(nomination.decisions[run.member("A01")].reasonText == "行政职务为“处级”，不参加推荐")
        #expect(nomination.decisions[run.member("A02")].reasonText == "行政职务为“副处级”，不参加推荐")
        #expect(nomination.decisions[run.member("A03")] == .nominated)
        let values = run.diagnostics.filter { $0.code == "W-ROSTER-VALUE" }
        #expect(values.map(\.rawValue) == ["正处级"])
        #expect(values.first?.message == "名册“行政职务”列中的“正处级”（1 人）不在 eligibility.exclude 列出的值（处级、副处级）中，这些人照常参评；如也应排除，请加入列表。")
        // A roster without the column cannot be checked: said, and nobody is excluded by it.
        let without = EvaluationRun(inputs: Self.inputs(members: TestSupport.members), criteria: criteria)
        #expect(without.diagnostics.filter { $0.code == "W-ROSTER-COLUMN" }.map(\.rawValue) == ["行政职务"])
        #expect(without.nomination?.decisions[without.member("A01")] == .nominated)
    }

    @Test func aLimitSwapsOnTheListAndSaysSoEverywhereThePeopleAreListed() throws {
        let criteria = try Self.rubric("")
            .withComposition([CompositionLimit(column: "性别", values: ["女"], bound: .atLeast(permille: 500), groupName: "女职工")])
        let run = EvaluationRun(inputs: Self.inputs(), criteria: criteria)
        let nomination = try #require(run.nomination)
        // A单位's quota is 4 (30%, and 5 more as the unit recommended): A01–A04 by points, A04 the one woman;
        // a second must come on: A06, in place of A03, the lowest man.
        #expect(nomination.nominees.map { run.data.members[$0].staffID } == ["A01", "A02", "A04", "A06"])
        #expect(nomination.decisions[run.member("A03")].reasonText == "因“女职工不少于50%”未推荐")
        #expect(nomination.notes[run.member("A06")] == ["因“女职工不少于50%”推荐，替换 甲3（A03）"])
        let explained = PersonExplanation.lines(for: run.member("A03"), run: run, criteria: criteria)
        #expect(explained.contains("结果：因比例限制未推荐（因“女职工不少于50%”未推荐）"))
        #expect(explained.contains("名单调整：因“女职工不少于50%”未推荐，由 甲6（A06） 替补"))
        let workbook = ActivistReport(data: run.data, criteria: criteria, nomination: nomination, diagnostics: run.diagnostics, context: .test).workbook()
        let quota = try #require(workbook.sheets.first { $0.name == "名额分配" })
        #expect(quota.noteLines == [
            "比例限制（按顺序执行；替换情况见“候选人明细”的“名单调整”列）：", "· 女职工不少于50%（全校名单，人数向上取整）",
            "  女职工不少于50%：推荐 4 人，其中 2 人（至少 2 人），已满足；为此调整 1 人",
        ])
        let candidates = try #require(workbook.sheets.first { $0.name == "候选人明细" })
        #expect(candidates.columns.last == "名单调整")
        let summary = RunSummary.lines(run, nomination: nomination, criteria: criteria)
        #expect(summary.contains("比例限制：1 项，为此调整 1 人，均已满足。"))
        let results = ResultsDocument(run: run, criteria: criteria, context: .test)
        #expect(results.compositionLimits == ["女职工不少于50%：推荐 4 人，其中 2 人（至少 2 人），已满足；为此调整 1 人"])
        #expect(results.nominations?.first { $0.staffID == "A06" }?.adjustment == "因“女职工不少于50%”推荐，替换 甲3（A03）")
    }

    /// A limit on a column the roster lacks cannot be checked, a `max` as much as a `min`: never 已满足.
    @Test func aLimitOnAColumnTheRosterLacksIsNotMet() throws {
        let criteria = try Self.rubric("").withComposition([
            CompositionLimit(column: "岗位类别", values: ["管理"], bound: .atMost(permille: 100), groupName: "管理人员")
        ])
        let run = EvaluationRun(inputs: Self.inputs(), criteria: criteria)
        #expect(run.nomination?.limits.map(\.problem) == ["名册没有“岗位类别”列，无法核对谁属于这一类"])
        #expect(run.diagnostics.first { $0.code == "W-ROSTER-COLUMN" }?.message.contains("比例限制无法核对（名单中写明未能满足）") == true)
    }

    @Test func criteriaNameOnlyRosterColumnsAndStateEachLimit() throws {
        let (_, found) = CriteriaParser.parse(
            try TestSupport.fixture("rubric.yaml").replacingOccurrences(
                of: "    minimum_activities: 2\n",
                with: "    minimum_activities: 2\n    exclude: {职位: [处级]}\n")
                .replacingOccurrences(of: "  quota:\n    rate: 10%", with: "  composition:\n    - {column: 性别, values: [女]}\n  quota:\n    rate: 10%"),
            file: "rubric.yaml")
        #expect(found.map(\.code) == ["E-CRITERIA-REFERENCE", "E-CRITERIA-MISSING"])
        #expect(found.first?.message.contains("“activists.eligibility.exclude”中的“职位”不是名册的列。可用的列：会员、性别、工会职务") == true)
    }
}

extension Criteria {
    func withComposition(_ limits: [CompositionLimit]) -> Criteria {
        var criteria = self
        criteria.activists?.composition = limits
        return criteria
    }
}
