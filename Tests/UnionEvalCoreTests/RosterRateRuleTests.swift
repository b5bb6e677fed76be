import Testing
@testable import UnionEvalCore

/// `roster_rate`: 入会率 and the like from the roster's own columns, with the figure on 指标依据.
@Suite struct RosterRateRuleTests {
    static func criteria(_ rule: String) throws -> Criteria {
        try TestSupport.rubric { $0.replacingOccurrences(of: "{id: K5, name: 评审, max: 5, rule: manual}", with: "{id: K5, name: 入会率, max: 5, rule: roster_rate, \(rule)}") }
    }

    /// A单位: ten on the roster, A10 not a member; B单位: twenty, all members, B01–B15 paying dues.
    static var roster: String {
        var text = "工号,姓名,二级工会,会员,缴纳会费\n"
        for i in 1...10 { text += "A\(String(format: "%02d", i)),甲\(i),A单位,\(i == 10 ? "否" : "是"),\n" }
        for i in 1...20 { text += "B\(String(format: "%02d", i)),乙\(i),B单位,是,\(i <= 15 ? "是" : "否")\n" }
        return text
    }

    @Test func theMembershipRateOfTheRosterIsScoredByBands() throws {
        let criteria = try Self.criteria("of: {会员: 是}, bands: [{min: 100%, points: 5}, {min: 90%, points: 3}]")
        let run = EvaluationRun(inputs: TestSupport.inputs(ledgers: [:], members: Self.roster), criteria: criteria)
        #expect(!run.codes.contains { $0.hasPrefix("E-") }, "\(run.diagnostics.map(\.formatted))")
        #expect(run.points("A单位", "K5") == Points(tenths: 30))
        #expect(run.unit("A单位").indicators[4].measured == "90.0%（9/10）")
        #expect(run.points("B单位", "K5") == Points(tenths: 50))
        #expect(criteria.indicators[4].rule.describe(maximum: criteria.indicators[4].maximum, in: criteria)
            .hasPrefix("比例 = 名册中“会员”为“是”的人数 ÷ 名册人数；"))
    }

    @Test func aRateAmongMembersAndARosterWithoutTheColumnSayWhatTheyCount() throws {
        let criteria = try Self.criteria("of: {缴纳会费: 是}, among: {会员: 是}, linear_target: 100%")
        let run = EvaluationRun(inputs: TestSupport.inputs(ledgers: [:], members: Self.roster), criteria: criteria)
        // B单位: 15 of 20 members pay, 75% of the target: 3.8 of 5 (rounded to tenths).
        #expect(run.unit("B单位").indicators[4].measured == "75.0%（15/20）")
        #expect(run.points("B单位", "K5") == Points(tenths: 38))
        // A单位 wrote nothing in 缴纳会费: no rate is made up from empty cells.
        #expect(run.unit("A单位").indicators[4].measured == "—（名册中本单位没有填写“缴纳会费”）")
        #expect(run.points("A单位", "K5") == .zero)
    }

    @Test func onlyYesOrNoColumnsOfTheRosterCanBeCounted() throws {
        let text = try TestSupport.fixture("rubric.yaml").replacingOccurrences(
            of: "{id: K5, name: 评审, max: 5, rule: manual}", with: "{id: K5, name: 入会率, max: 5, rule: roster_rate, of: {性别: 女}, bands: [{min: 50%, points: 5}]}")
        let (_, problems) = CriteriaParser.parse(text, file: "rubric.yaml")
        let problem = try #require(problems.first { $0.code == "E-CRITERIA-REFERENCE" })
        #expect(problem.message == "“dimensions[0].indicators[4].of”中的“性别”不能用于比例：可用的名册列为 会员、缴纳会费。")
        #expect(problem.location.line > 0)
        let missing = try TestSupport.fixture("rubric.yaml").replacingOccurrences(
            of: "{id: K5, name: 评审, max: 5, rule: manual}", with: "{id: K5, name: 入会率, max: 5, rule: roster_rate, bands: [{min: 50%, points: 5}]}")
        #expect(CriteriaParser.parse(missing, file: "rubric.yaml").diagnostics.contains { $0.code == "E-CRITERIA-MISSING" && $0.message == "缺少“dimensions[0].indicators[4].of”。" })
    }
}
