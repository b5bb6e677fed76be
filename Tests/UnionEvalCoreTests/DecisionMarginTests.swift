import Testing
@testable import UnionEvalCore

/// How safe each award decision is: the margin to the line, and the smallest single change that flips it.
@Suite struct DecisionMarginTests {
    /// One place for two units that differ only in the committee's scores of K5: A单位 4 and 4, B单位 3 and 3.
    func run(reviews: String) throws -> EvaluationRun {
        TestSupport.run(TestSupport.inputs(ledgers: [:], reviews: reviews), criteria: try TestSupport.rubric())
    }

    static let reviews = "二级工会,指标,得分,评委\nA单位,K5,4,甲\nA单位,K5,4,乙\nB单位,K5,3,丙\nB单位,K5,3,丁\n"

    @Test func oneReviewersScoreFlipsTheAwardAndTheMarginsSaySo() throws {
        let result = try run(reviews: Self.reviews)
        #expect(result.ranking.places == 1)
        #expect(result.ranking.standings.map(\.decision) == [.recommended, .notRecommended])
        #expect(result.margins.map(\.margin) == [Points(1), Points(-1)])
        // A tie on the total and on every tie-break goes to the committee: a flip. K5 is in the tie-break
        // dimension S, so one point of K5 ties both; an adjustment moves the total alone, and S still
        // decides after one point, so it needs 1.1. B单位's two scores average 3.95 with 4.9, which rounds to 4.0.
        #expect(result.margins[0].smallestFlip
            == "校工会扣分 1.1 分；或“K5 评审”少 1.0 分；或评委“甲”对“K5 评审”的打分由 4.0 改为 2.0，评选结果即改变")
        #expect(result.margins[1].smallestFlip
            == "校工会加分 1.1 分；或“K1 文化活动”等 5 个指标中任一项多 1.0 分；或评委“丙”对“K5 评审”的打分由 3.0 改为 4.9，评选结果即改变")
    }

    @Test func theFlipIsRealWhenMadeAndNotWhenOneTenthShort() throws {
        // The reviewer's change named above, made: the award is no longer A单位's alone.
        let made = try run(reviews: Self.reviews.replacingOccurrences(of: "A单位,K5,4,甲", with: "A单位,K5,2,甲"))
        #expect(made.ranking.standings[0].decision != .recommended)
        let short = try run(reviews: Self.reviews.replacingOccurrences(of: "A单位,K5,4,甲", with: "A单位,K5,2.2,甲"))
        #expect(short.ranking.standings[0].decision == .recommended)
        let raised = try run(reviews: Self.reviews.replacingOccurrences(of: "B单位,K5,3,丙", with: "B单位,K5,4.9,丙"))
        #expect(raised.ranking.standings[1].decision != .notRecommended)
    }

    @Test func unitsAwayFromTheLineHaveAMarginButNoFlipAndValidateComputesNone() throws {
        let criteria = try TestSupport.rubric { $0.replacingOccurrences(of: "quota: 50%", with: "count: 1") }
        let unions = "二级工会\nA单位\nB单位\nC单位\n"
        let members = TestSupport.members + "C01,丙1,C单位\n"
        let reviews = Self.reviews + "C单位,K5,1,戊\n"
        let inputs = TestSupport.inputs(ledgers: [:], reviews: reviews, unions: unions, members: members)
        let result = TestSupport.run(inputs, criteria: criteria)
        #expect(result.margins.map(\.margin) == [Points(1), Points(-1), Points(-3)])
        #expect(result.margins[2].smallestFlip == nil)
        let (data, diagnostics) = YearDataLoader.load(inputs, criteria: criteria)
        let checking = EvaluationRun(data: data, loadDiagnostics: diagnostics, criteria: criteria, keepsRecordTrail: false)
        #expect(checking.margins.isEmpty)
    }
}
