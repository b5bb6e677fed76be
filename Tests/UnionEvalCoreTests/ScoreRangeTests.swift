import Testing
@testable import UnionEvalCore

/// `manual` scores within a stated band, "加3–5分或不加": `min` and `or_zero` on the indicator.
@Suite struct ScoreRangeTests {
    static func criteria(_ keys: String) throws -> Criteria {
        try TestSupport.rubric { $0.replacingOccurrences(of: "{id: K5, name: 评审, max: 5, rule: manual}", with: "{id: K5, name: 评审, max: 5, rule: manual\(keys)}") }
    }

    @Test func aScoreBelowTheBandIsALocatedErrorAndZeroIsAllowedWhenSaid() throws {
        let criteria = try Self.criteria(", min: 3, or_zero: true")
        let reviews = "二级工会,指标,得分,评委\nA单位,K5,2,甲\nA单位,K5,0,乙\nB单位,K5,4.5,甲\nB单位,K5,5.5,乙\n"
        let run = EvaluationRun(inputs: TestSupport.inputs(ledgers: [:], reviews: reviews), criteria: criteria)
        let errors = run.diagnostics.filter { $0.code == "E-REVIEW-SCORE" }
        #expect(errors.map(\.location.line) == [2, 5])
        #expect(errors.first?.message == "“得分”应在 0 或 3.0 到 5.0 之间（最多一位小数），本行未使用。")
        #expect(errors.first?.location.column == 3)
        #expect(run.points("A单位", "K5") == .zero)
        #expect(run.points("B单位", "K5") == Points(tenths: 45))
        #expect(criteria.indicators[4].rule.describe(maximum: criteria.indicators[4].maximum, in: criteria).hasPrefix("由评审委员会依据材料打分（0 或 3.0 到 5.0 分）"))
    }

    @Test func withoutOrZeroZeroIsOutsideTheBand() throws {
        let criteria = try Self.criteria(", min: 3")
        let run = EvaluationRun(inputs: TestSupport.inputs(ledgers: [:], reviews: "二级工会,指标,得分\nA单位,K5,0\n"), criteria: criteria)
        #expect(run.diagnostics.first { $0.code == "E-REVIEW-SCORE" }?.message == "“得分”应在 3.0 到 5.0 之间（最多一位小数），本行未使用。")
    }

    @Test func aBandAboveTheMaximumIsACriteriaError() throws {
        let text = try TestSupport.fixture("rubric.yaml")
            .replacingOccurrences(of: "{id: K5, name: 评审, max: 5, rule: manual}", with: "{id: K5, name: 评审, max: 5, rule: manual, min: 6, or_zero: 也许}")
        let (_, problems) = CriteriaParser.parse(text, file: "rubric.yaml")
        #expect(problems.first { $0.code == "E-CRITERIA-RANGE" }?.message == "“dimensions[0].indicators[4].min”（6.0）大于本指标满分 5.0。")
        #expect(problems.first { $0.code == "E-CRITERIA-TYPE" }?.message.hasSuffix("or_zero”应为 true 或 false。") == true)
    }
}
