import Testing
@testable import UnionEvalCore

/// Self-assessment, committee, peer review and their weighted combination at indicator, dimension and
/// total level.
@Suite struct ScoreSourceTests {
    /// A单位: K1 6 (three cultural records) → S sum 6 − 2 (no 三八节) = 4.
    static let ledgers = ["A单位": (1...3).map { "A单位,2023-05-0\($0),文艺演出\($0),文化活动,院级,," }.joined(separator: "\n")]

    func run(_ edit: @escaping (String) -> String, reviews: String? = nil, selfScores: String? = nil) throws -> EvaluationRun {
        let criteria = try TestSupport.rubric(editing: edit)
        var inputs = TestSupport.inputs(ledgers: Self.ledgers, reviews: reviews)
        inputs.office[.selfScores] = selfScores.map { TestSupport.file("self_scores.csv", $0) }
        return TestSupport.run(inputs, criteria: criteria)
    }

    static func weightedK5(_ text: String) -> String {
        text.replacingOccurrences(
            of: "{id: K5, name: 评审, max: 5, rule: manual}",
            with: "{id: K5, name: 评审, max: 5, rule: manual, weights: {self: 40%, committee: 30%, peer: 30%}}")
    }

    @Test func anIndicatorCombinesSelfCommitteeAndPeerAndDropsAUnitsScoreOfItself() throws {
        let reviews = """
            二级工会,指标,得分,评委,评委单位
            A单位,K5,4,张委员,
            A单位,K5,3,李委员,
            A单位,K5,5,,B单位
            A单位,K5,5,,A单位
            """
        let result = try run(Self.weightedK5, reviews: reviews, selfScores: "二级工会,指标,自评分\nA单位,K5,5\n")
        // self 5 × 40% + committee (4 + 3) / 2 = 3.5 × 30% + peer 5 × 30% = 2 + 1.05 + 1.5 = 4.55 → 4.6
        #expect(result.points("A单位", "K5") == Points(tenths: 46))
        #expect(result.unit("A单位").indicators[4].measured
            == "评委 2 人（3.0、4.0），平均；合成：自评 5.0×40.0% + 委员评分 3.5（2 份）×30.0% + 互评 5.0×30.0% = 4.6")
        let own = try #require(result.diagnostics.first { $0.code == "W-PEER-OWN" })
        #expect(own.location.line == 5)
        // B单位 has no scores at all: each part counts 0, and each missing source is said once.
        #expect(result.points("B单位", "K5") == .zero)
        #expect(result.diagnostics.filter { $0.code.hasSuffix("-MISSING") && $0.code != "W-LEDGER-MISSING" }.map(\.message) == [
            "“K5 评审”需要评审打分，以下单位没有，该部分按 0 分计：B单位。",
            "“K5 评审”需要互评分，以下单位没有，该部分按 0 分计：B单位。",
            "“K5 评审”需要自评分，以下单位没有，该部分按 0 分计：B单位。",
        ])
    }

    @Test func aPeerScoreForATargetWithoutPeerWeightIsRefusedAtItsCell() throws {
        let reviews = "二级工会,指标,得分,评委单位\nA单位,K5,4,B单位\nA单位,K1,4,\n"
        let result = try run({ $0 }, reviews: reviews)
        #expect(result.diagnostics.filter { $0.code == "E-REVIEW-NOT-MANUAL" }.map(\.message) == [
            "“K5 评审”不设互评（评分标准未给它设 peer 权重），本行未使用。",
            "“K1 文化活动”由台账自动计分，不接受评审打分，本行未使用。",
        ])
    }

    @Test func theTotalCombinesTheLedgerWithTheCommitteesScoreOfTheWhole() throws {
        let edit = { (text: String) in text.replacingOccurrences(of: "adjustments:\n", with: "total_weights: {ledger: 60%, committee: 40%}\nadjustments:\n") }
        let result = try run(edit, reviews: "二级工会,指标,得分,评委\nA单位,总分,20,甲\nA单位,总分,15,乙\nA单位,总分,10,丙\n")
        // Regular S = 4 (K1 6, K2 −2); 4 × 60% + 15 (middle of three) × 40% = 2.4 + 6 = 8.4
        #expect(result.unit("A单位").weightedRegularTotal == Points(tenths: 84))
        #expect(result.unit("A单位").total == Points(tenths: 84))
        let summary = EvaluationReport(run: result, criteria: try TestSupport.rubric(editing: edit), context: .test).summarySheet()
        #expect(summary.columns.contains("加权合成"))
        let total = summary.rows[0][summary.columns.firstIndex(of: "总分")!]
        // The weighted column, then the bonus dimension, plus 加分 minus 扣分.
        // Data start on sheet row 4, below the title, the data date and the header.
        #expect(total == .formula("=E4+D4+F4-G4", cached: Points(tenths: 84)))
    }

    @Test func aDimensionCanBeCombinedToo() throws {
        let edit = { (text: String) in
            text.replacingOccurrences(of: "    name: 服务职工\n", with: "    name: 服务职工\n    weights: {ledger: 50%, self: 50%}\n")
        }
        let result = try run(edit, selfScores: "二级工会,指标,自评分\nA单位,服务职工,20\n")
        // (4 + 20) / 2
        #expect(result.unit("A单位").dimensionTotals[0] == Points(12))
    }

    @Test func selfScoresAreComparedWithTheEvidenceAndBigClaimsFlagged() throws {
        let edit = { (text: String) in text.replacingOccurrences(of: "adjustments:\n", with: "self_assessment: {margin: 1}\nadjustments:\n") }
        let selfScores = """
            二级工会,指标,自评分,说明
            A单位,K1,6,
            A单位,K2,4,开展了三八节活动
            A单位,S,20,
            A单位,K2,3,
            """
        let result = try run(edit, selfScores: selfScores)
        let comparisons = result.unit("A单位").selfComparisons
        #expect(comparisons.map(\.indicator) == [0, 1])
        #expect(comparisons.map(\.difference) == [.zero, Points(6)])
        #expect(comparisons.map(\.exceedsMargin) == [false, true])
        #expect(result.diagnostics.filter { $0.code.hasPrefix("E-SELF") }.map(\.message) == [
            "“S 服务职工”不接受自评分（评分标准未给它设自评权重），本行未使用。",
            "A单位对“K2 三八节”的自评分已在第 3 行填写，本行未使用。",
        ])
        let sheet = EvaluationReport(run: result, criteria: try TestSupport.rubric(editing: edit), context: .test).selfAssessmentSheet()
        #expect(sheet.columns == ["排名", "二级工会", "指标", "满分", "自评分", "考评分", "差额（自评−考评）", "核对提示"])
        #expect(sheet.rows[1][7] == .text("自评高出考评 6.0 分，超过允许差额 1.0 分，请核对佐证材料"))
        // Self-scores alone do not change the points: no weight is given to them here.
        #expect(result.points("A单位", "K2") == Points(-2))
    }

    @Test func weightsThatDoNotAddUpAreACriteriaError() throws {
        let text = try TestSupport.fixture("rubric.yaml").replacingOccurrences(
            of: "{id: K5, name: 评审, max: 5, rule: manual}", with: "{id: K5, name: 评审, max: 5, rule: manual, weights: {self: 40%, peer: 30%}}")
        let (criteria, diagnostics) = CriteriaParser.parse(text, file: "rubric.yaml")
        #expect(criteria == nil)
        #expect(diagnostics.map(\.message).contains("“dimensions[0].indicators[4].weights”各来源权重之和为 70.0%，应为 100%。"))
    }
}
