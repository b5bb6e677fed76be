import Testing
@testable import UnionEvalCore

@Suite struct RankingTests {
    /// Builds an evaluation directly, so ranking is tested apart from scoring.
    func evaluation(_ totals: [(total: Int, service: Int, participants: Int, vetoed: Bool)]) -> Evaluation {
        let units = totals.enumerated().map { index, value in
            UnitScore(
                union: index, indicators: [], dimensionTotals: [Points(value.service), .zero],
                adjustmentBonus: .zero, deduction: .zero, vetoReasons: value.vetoed ? ["违纪"] : [],
                total: Points(value.total), participants: value.participants, memberCount: 10)
        }
        return Evaluation(units: units, recordCredits: RecordCredits(), diagnostics: [])
    }

    func criteria(quota: AwardRule.Quota, minimum: Points? = nil) throws -> Criteria {
        var criteria = try TestSupport.rubric()
        criteria.award = AwardRule(quota: quota, minimumTotal: minimum, tieBreaks: [.dimension(0), .participationRate])
        return criteria
    }

    @Test func equalTotalsShareARank() throws {
        let ranking = Ranking.rank(
            evaluation([(80, 1, 1, false), (90, 1, 1, false), (80, 2, 1, false), (70, 1, 1, false)]),
            criteria: try criteria(quota: .count(1)))
        #expect(ranking.order.map { ranking.standings[$0].rank } == [1, 2, 2, 4])
        #expect(ranking.order.first == 1)
    }

    @Test func tieBreaksDecideTheAwardLineInTheCriteriaOrder() throws {
        // Units 0 and 1 tie on total; unit 1 has the higher 服务职工 subtotal and wins the last place.
        let ranking = Ranking.rank(
            evaluation([(80, 5, 9, false), (80, 6, 1, false), (90, 1, 1, false)]),
            criteria: try criteria(quota: .count(2)))
        #expect(ranking.standings.map(\.decision) == [.notRecommended, .recommended, .recommended])
        #expect(ranking.standings[0].rank == ranking.standings[1].rank)
    }

    @Test func aTieOnEveryKeyAcrossTheLineGoesToTheCommittee() throws {
        let ranking = Ranking.rank(
            evaluation([(90, 1, 1, false), (80, 5, 5, false), (80, 5, 5, false), (70, 1, 1, false)]),
            criteria: try criteria(quota: .count(2)))
        #expect(ranking.standings.map(\.decision) == [.recommended, .committee, .committee, .notRecommended])
        #expect(ranking.standings[1].remark.contains("剩余名额 1 个"))
    }

    @Test func vetoedUnitsAreRankedButNeverAwarded() throws {
        let ranking = Ranking.rank(
            evaluation([(99, 1, 1, true), (80, 1, 1, false), (70, 1, 1, false)]), criteria: try criteria(quota: .count(1)))
        #expect(ranking.standings[0].rank == 1)
        #expect(ranking.standings[0].decision == .vetoed)
        #expect(ranking.standings[1].decision == .recommended)
        #expect(ranking.standings[2].decision == .notRecommended)
    }

    @Test func minimumTotalKeepsLowUnitsOutEvenWithPlacesLeft() throws {
        let ranking = Ranking.rank(
            evaluation([(80, 1, 1, false), (50, 1, 1, false)]),
            criteria: try criteria(quota: .count(2), minimum: Points(60)))
        #expect(ranking.standings.map(\.decision) == [.recommended, .belowMinimum])
    }

    @Test(arguments: [
        (AwardRule.Rounding.down, 21, 4), (.halfUp, 21, 4), (.halfUp, 23, 5), (.up, 21, 5), (.down, 4, 0),
    ])
    func quotaRounding(rounding: AwardRule.Rounding, units: Int, places: Int) {
        #expect(AwardRule(quota: .fraction(permille: 200, rounding: rounding)).places(forUnitCount: units) == places)
    }
}
