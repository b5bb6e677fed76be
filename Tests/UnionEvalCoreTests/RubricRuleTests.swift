import Testing
@testable import UnionEvalCore

/// The rule kinds rubrics of other unions use: deductions per occurrence, shortfall against a target,
/// and uncapped bonus items. Each on the test rubric with one more, uncapped bonus dimension.
@Suite struct RubricRuleTests {
    static let extraDimension = """
          - id: X
            name: 其他规则
            bonus: true
            indicators:
              - {id: K7, name: 会议出勤, max: 3, rule: deduction, kinds: {缺席: 1, 迟报: 0.5}}
              - {id: K8, name: 竞赛安全, max: 2, rule: deduction, match: {categories: [技能竞赛]}, per_occurrence: 1.5}
              - {id: K9, name: 信息报送, max: 5, rule: shortfall, match: {categories: [文化活动]}, target: 10, step: 10%, deduct_each: 1}
              - {id: K10, name: 参与面, max: 4, rule: shortfall, target: 80%, step: 5%, deduct_each: 1}
              - {id: K11, name: 工作成效, rule: count, match: {categories: [体育活动]}, points_each: 2}

        """

    let criteria: Criteria
    init() throws {
        criteria = try TestSupport.rubric { $0.replacingOccurrences(of: "adjustments:\n", with: Self.extraDimension + "adjustments:\n") }
    }

    func run(ledger: String, occurrences: String? = nil) -> EvaluationRun {
        var inputs = TestSupport.inputs(ledgers: ["A单位": ledger])
        inputs.office[.occurrences] = occurrences.map { TestSupport.file("occurrences.csv", $0) }
        return TestSupport.run(inputs, criteria: criteria)
    }

    @Test func officeOccurrencesDeductPerKindAndNeverBelowZero() {
        let occurrences = """
            二级工会,指标,事项,次数,日期,说明
            A单位,K7,缺席,1,2023-03-02,未参加校工会全委会
            A单位,会议出勤,迟报,2,,
            B单位,K7,缺席,5,,全年多次缺席
            """
        let result = run(ledger: "A单位,2023-05-01,歌咏比赛,文化活动,院级,,", occurrences: occurrences)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.formatted))")
        // 3 − 1 − 2 × 0.5
        #expect(result.points("A单位", "K7") == Points(1))
        #expect(result.unit("A单位").indicators[6].measured == "3 次，扣 2.0 分")
        #expect(result.points("B单位", "K7") == .zero)
        #expect(result.unit("B单位").indicators[6].measured == "5 次，扣 5.0 分，扣完为止")
    }

    @Test func anOccurrenceOfAnUnknownKindOrForAnotherRuleIsReportedAtItsCell() {
        let occurrences = """
            二级工会,指标,事项
            A单位,K7,早退
            A单位,K1,缺席
            A单位,K7,
            """
        let result = run(ledger: "A单位,2023-05-01,歌咏比赛,文化活动,院级,,", occurrences: occurrences)
        let problems = result.diagnostics.filter { $0.code.hasPrefix("E-OCCURRENCE") }
        #expect(problems.map(\.formatted) == [
            "occurrences.csv:2:3: 错误: “事项”应为缺席、迟报之一，本行未使用。（原值：早退） [E-OCCURRENCE-KIND]",
            "occurrences.csv:3:2: 错误: 指标“K1 文化活动”不按校工会登记的事项扣分，本行未使用。（原值：K1） [E-OCCURRENCE-INDICATOR]",
            "occurrences.csv:4:3: 错误: 指标“K7 会议出勤”按事项扣分，请填写“事项”（缺席、迟报），本行未使用。 [E-OCCURRENCE-KIND]",
        ])
        #expect(result.points("A单位", "K7") == Points(3))
    }

    @Test func ledgerRecordsDeductWhenTheIndicatorHasAMatchAndEachRecordSaysSo() {
        let ledger = "A单位,2023-05-01,技能竞赛一,技能竞赛,院级,,\nA单位,2023-06-01,技能竞赛二,技能竞赛,院级,,"
        let result = run(ledger: ledger)
        #expect(result.points("A单位", "K8") == Points(tenths: 0))
        let texts = CreditTexts(result.evaluation.recordCredits, criteria: criteria)
        #expect(texts.text(forRecord: 0).counted.contains("K8 竞赛安全（-1.5 分，扣 1.5 分）"))
    }

    @Test(arguments: [(10, 5), (9, 4), (8, 3), (7, 2), (1, 0), (12, 5)])
    func aCountShortOfItsTargetLosesAPointPerTenPercent(records: Int, expected: Int) {
        let ledger = (1...records).map { "A单位,2023-05-\(String(format: "%02d", $0)),报道\($0),文化活动,院级,," }.joined(separator: "\n")
        #expect(run(ledger: ledger).points("A单位", "K9") == Points(expected))
    }

    @Test(arguments: [(8, 4), (7, 2), (6, 0), (10, 4)])
    func aRateShortOfItsTargetLosesAPointPerFivePercentagePoints(participants: Int, expected: Int) {
        // A单位 has 10 members: 70% is 10 points short of 80%, two steps of 5.
        let ledger = "A单位,2023-05-01,活动,文化活动,院级,\(TestSupport.ids("A", 1...participants)),"
        #expect(run(ledger: ledger).points("A单位", "K10") == Points(expected))
    }

    @Test func aBonusCountWithoutMaxIsUncapped() {
        let ledger = (1...7).map { "A单位,2023-05-\(String(format: "%02d", $0)),比赛\($0),体育活动,院级,," }.joined(separator: "\n")
        let result = run(ledger: ledger)
        #expect(result.points("A单位", "K11") == Points(14))
        #expect(criteria.indicators[10].maximumText == "上不封顶")
        #expect(criteria.indicators[10].ruleDescription(in: criteria) == "“体育活动”类活动，每次 2.0 分，上不封顶")
    }

    @Test func aRegularIndicatorWithoutMaxIsACriteriaError() throws {
        let text = try TestSupport.fixture("rubric.yaml").replacingOccurrences(of: "{id: K1, name: 文化活动, max: 6,", with: "{id: K1, name: 文化活动,")
        let (parsed, diagnostics) = CriteriaParser.parse(text, file: "rubric.yaml")
        #expect(parsed == nil)
        #expect(diagnostics.map(\.message).contains("缺少“dimensions[0].indicators[0].max”。"))
    }

    @Test func eachRuleKindIsDescribedForThe评分标准Sheet() {
        let descriptions = criteria.indicators.suffix(5).map { $0.ruleDescription(in: criteria) }
        #expect(descriptions == [
            "基础分 3.0 分；校工会登记的事项（occurrences.csv），缺席每次扣 1.0 分，迟报每次扣 0.5 分，扣完为止",
            "基础分 2.0 分；台账中“技能竞赛”类活动，每次扣 1.5 分，扣完为止",
            "“文化活动”类活动，目标 10 次，达到得 5.0 分；每少 10.0%（按目标次数计）扣 1.0 分，扣完为止",
            "参与率（参加任一活动的本单位会员人数 ÷ 会员人数）目标 80.0%，达到得 4.0 分；每少 5.0% 扣 1.0 分，扣完为止",
            "“体育活动”类活动，每次 2.0 分，上不封顶",
        ])
    }
}

/// 不得分: the office zeroes an indicator or a whole dimension for a stated reason.
@Suite struct ZeroingTests {
    @Test func anIndicatorOrADimensionEnteredAsZeroScoresNothingAndSaysWhy() throws {
        let criteria = try TestSupport.rubric()
        let ledgers = [
            "A单位": (1...3).map { "A单位,2023-05-0\($0),文艺演出\($0),文化活动,院级,," }.joined(separator: "\n"),
            "B单位": "B单位,2023-05-01,文艺演出,文化活动,院级,,\nB单位,2023-06-01,技能大赛,技能竞赛,市级,,一等奖",
        ]
        let adjustments = """
            二级工会,类型,分值,事由,指标
            A单位,不得分,,文艺演出材料不实,K1
            B单位,此项不得分,,获奖材料造假,成果加分
            B单位,不得分,,未写明,
            """
        let run = TestSupport.run(TestSupport.inputs(ledgers: ledgers, adjustments: adjustments), criteria: criteria)
        #expect(run.points("A单位", "K1") == .zero)
        #expect(run.unit("A单位").indicators[0].measured == "3 次；此项不得分：文艺演出材料不实")
        #expect(run.unit("B单位").dimensionTotals[1] == .zero)
        #expect(run.points("B单位", "K6") == Points(4))
        #expect(run.data.zeroedItems(of: 1, criteria: criteria) == ["“B 成果加分”不得分：获奖材料造假"])
        #expect(run.diagnostics.first { $0.code == "E-ADJUST-TARGET" }?.message == "“不得分”须在“指标”列写明哪一项（指标或一级指标的编号或名称），本行未使用。")
    }
}
