import PropertyBased
import Testing
@testable import UnionEvalCore

/// Composition limits on the final list: swaps in each direction, limits that cannot be met or that
/// conflict, ties left to the committee, and, on random lists, quotas kept and no swap without a limit.
@Suite struct CompositionStepTests {
    /// A plain list: each person's unit, points and whether they are in each limit's group.
    struct Case: Sendable, CustomStringConvertible {
        var units: [Int]
        var points: [Int]
        var groups: [[Bool]]
        var quotas: [Int]
        var limits: [CompositionLimit]

        var scores: [PersonScore] {
            points.indices.map { PersonScore(member: $0, points: Points($0 < points.count ? points[$0] : 0), organized: 0, participated: 0) }
        }

        func select() -> (before: PeopleSelection, after: PeopleSelection) {
            let quotaRows = quotas.indices.map {
                UnitQuota(
                    union: $0, members: 10, permille: 100, rounding: .down, base: quotas[$0], extra: 0, extraReason: "", reducedByCap: 0,
                    quota: quotas[$0])
            }
            var selection = PeopleSelection(scores: scores, quotas: quotaRows)
            QuotaCutStep(scores: scores, unionOfMember: units).apply(to: &selection)
            let before = selection
            CompositionStep(
                limits: limits, scores: scores, unionOfMember: units, inGroup: groups, columnMissing: limits.map { _ in false },
                describe: { "P\($0)" }
            ).apply(to: &selection)
            return (before, selection)
        }

        var description: String { "units \(units) points \(points) groups \(groups) quotas \(quotas) limits \(limits.map(\.label))" }
    }

    static let women = CompositionLimit(column: "性别", values: ["女"], bound: .atLeast(permille: 500), groupName: "女职工")
    static let cadres = CompositionLimit(column: "行政职务", values: ["处级"], bound: .atMost(permille: 250), groupName: "处级干部")

    @Test func aMinimumBringsOnTheBestOfTheGroupInPlaceOfTheLowestOtherNominee() {
        // Unit 0 (quota 2): P0 10, P1 9 (men), P2 8 (woman); unit 1 (quota 2): P3 7, P4 6 (men), P5 5 (woman).
        let test = Case(
            units: [0, 0, 0, 1, 1, 1], points: [10, 9, 8, 7, 6, 5], groups: [[false, false, true, false, false, true]], quotas: [2, 2],
            limits: [Self.women])
        let (_, after) = test.select()
        // Half of 4 must be women: P4 (the lowest man) makes way for P5, then P1 for P2.
        #expect(after.nominees == [0, 2, 3, 5])
        #expect(after.decisions[4] == .displaced(limit: "女职工不少于50%"))
        #expect(after.decisions[4].reasonText == "因“女职工不少于50%”未推荐")
        #expect(after.notes[5] == ["因“女职工不少于50%”推荐，替换 P4"])
        #expect(after.notes[1] == ["因“女职工不少于50%”未推荐，由 P2 替补"])
        #expect(after.limits.map(\.isMet) == [true])
        #expect(after.limits.first?.swaps.map(\.out) == [4, 1])
        #expect(after.quotas.map(\.nominated) == [2, 2])
    }

    @Test func aMaximumTakesOffTheLowestOfTheGroup() {
        // Four nominees, at most one 处级 (25%): P1 and P3 are 处级; P3 scores lower and goes, for P5.
        let test = Case(
            units: [0, 0, 1, 1, 0, 1], points: [10, 9, 8, 7, 4, 3], groups: [[false, true, false, true, false, false]], quotas: [2, 2],
            limits: [Self.cadres])
        let (_, after) = test.select()
        #expect(after.nominees == [0, 1, 2, 5])
        #expect(after.decisions[3] == .displaced(limit: "处级干部不超过25%"))
        #expect(after.limits.first?.summary(unionName: nil) == "处级干部不超过25%：推荐 4 人，其中 1 人（至多 1 人），已满足；为此调整 1 人")
    }

    @Test func aLimitNobodyCanMeetIsSaidWithItsReason() {
        // No woman at all among the candidates.
        let test = Case(units: [0, 0, 0], points: [3, 2, 1], groups: [[false, false, false]], quotas: [2], limits: [Self.women])
        let (before, after) = test.select()
        #expect(after.nominees == before.nominees)
        #expect(after.limits.first?.problem == "没有符合条件的女职工候选人可替补")
        #expect(after.limits.first?.summary(unionName: nil) == "女职工不少于50%：推荐 2 人，其中 0 人（至少 1 人），未能满足——没有符合条件的女职工候选人可替补")
    }

    @Test func limitsThatConflictAreSaidAndTheFirstIsKept() {
        // P0, on the list, is the one woman and the one 处级 cadre allowed; the only woman waiting, P4, is a
        // cadre too: bringing her on in place of any man would break the cadres' limit, which holds.
        let test = Case(
            units: [0, 0, 0, 0, 0], points: [10, 9, 8, 7, 6],
            groups: [[true, false, false, false, true], [true, false, false, false, true]], quotas: [4],
            limits: [Self.cadres, Self.women])
        let (before, after) = test.select()
        #expect(after.nominees == before.nominees)
        #expect(after.limits.map(\.isMet) == [true, false])
        #expect(after.limits[1].problem == "与“处级干部不超过25%”冲突：能做的替换都会使其不再满足")
    }

    @Test func equalCandidatesAreTheCommitteesCall() {
        // Two men equally low, in two units, each with a woman waiting who scores the same: no rule picks one.
        let test = Case(
            units: [0, 0, 1, 1, 0, 1], points: [9, 5, 9, 5, 4, 4], groups: [[false, false, false, false, true, true]], quotas: [2, 2],
            limits: [CompositionLimit(column: "性别", values: ["女"], bound: .atLeast(permille: 250), groupName: "女职工")])
        let (before, after) = test.select()
        #expect(after.nominees == before.nominees)
        #expect(after.limits.first?.problem == "可替换的人选得分、组织次数和参与次数都相同，须委员会裁定")
    }

    @Test func aUnitsOwnListIsLimitedOnItsOwn() {
        let perUnit = CompositionLimit(column: "性别", values: ["女"], bound: .atLeast(permille: 500), scope: .unit, groupName: "女职工")
        let test = Case(
            units: [0, 0, 0, 1, 1, 1], points: [10, 9, 8, 7, 6, 5], groups: [[false, false, true, false, false, true]], quotas: [2, 2],
            limits: [perUnit])
        let (_, after) = test.select()
        #expect(after.nominees == [0, 2, 3, 5])
        #expect(after.limits.map(\.union) == [0, 1])
        #expect(after.limits.allSatisfy { $0.isMet })
    }

    /// A freed place with two equal candidates waiting: both are 并列待定, each told with whom, and the
    /// unit's quota counts them as tied, not as 名额已满.
    @Test func aPlaceTwoEqualCandidatesCouldFillIsLeftToTheUnitAndSaysSo() {
        let test = Case(units: [0, 0, 0, 0], points: [9, 8, 5, 5], groups: [], quotas: [2], limits: [])
        var (_, selection) = test.select()
        #expect(selection.nominees == [0, 1])
        selection.decisions[0] = .voteFailed("赞成 1 票")
        let filled = selection.fillPlace(of: 0, union: 0, vacancy: .next, because: "P0投票未通过", describe: { "P\($0)" })
        selection.recountQuotas()
        #expect(filled == nil)
        #expect(selection.decisions[2] == .tied && selection.decisions[3] == .tied)
        #expect(selection.notes[2] == ["因P0投票未通过可递补，与 P3 并列，由本单位确定"])
        #expect(selection.notes[0] == ["名额由本单位在得分、组织次数和参与次数都相同的 P2、P3 中确定一人递补"])
        #expect(selection.quotas[0].tied == 2 && selection.quotas[0].nominated == 1)
    }

    // Random lists: up to 3 units of up to 6 people, quotas up to 3, one or two limits.
    static let limit = zip(Gen.bool, Gen.int(in: 1...9), Gen.bool).map { isMax, tenths, perUnit in
        CompositionLimit(
            column: isMax ? "行政职务" : "性别", values: ["x"], bound: isMax ? .atMost(permille: tenths * 100) : .atLeast(permille: tenths * 100),
            scope: perUnit ? .unit : .school)
    }
    static let randomCase = zip(
        Gen.int(in: 0...2).array(of: 2...12), Gen.int(in: 1...6).array(of: 12...12), Gen.bool.array(of: 12...12).array(of: 2...2),
        Gen.int(in: 0...3).array(of: 3...3), limit.array(of: 1...2)
    ).map { units, points, groups, quotas, limits in
        Case(units: units, points: Array(points.prefix(units.count)), groups: groups.map { Array($0.prefix(units.count)) }, quotas: quotas, limits: limits)
    }

    @Test func onRandomListsQuotasHoldEverySwapHasItsLimitAndEachLimitIsMetOrSaid() async {
        await propertyCheck(count: 400, input: Self.randomCase) { test in
            let (before, after) = test.select()
            // Each unit keeps exactly the number the quota cut nominated, so no quota is exceeded.
            #expect(after.quotas.map(\.nominated) == before.quotas.map(\.nominated))
            #expect(zip(after.quotas.map(\.nominated), test.quotas).allSatisfy { $0 <= $1 })
            // Nobody leaves the list but by a swap that names its limit, and every swap stays in its unit.
            let swaps = after.limits.flatMap(\.swaps)
            for member in before.nominees where !after.nominees.contains(member) {
                #expect(swaps.contains { $0.out == member })
                if case .displaced = after.decisions[member] {} else { Issue.record("P\(member) left without a limit: \(test)") }
            }
            #expect(swaps.allSatisfy { test.units[$0.out] == test.units[$0.replacement] })
            // Every limit holds on every list it covers, or its outcome says why not.
            for outcome in after.limits {
                let index = test.limits.firstIndex(of: outcome.limit)!
                let listed = after.nominees.filter { outcome.union == nil || test.units[$0] == outcome.union }
                let count = listed.filter { test.groups[index][$0] }.count
                #expect(outcome.count == count)
                #expect(outcome.limit.holds(count: count, of: listed.count) || outcome.problem != nil, "\(test)")
            }
        }
    }

    /// With one limit over the school's list and no equal candidates, a limit some choice within the units
    /// could meet is met, and one none could is said: checked against every choice of the same number per unit.
    @Test func aSingleLimitThatCanBeMetIsMet() async {
        let single = zip(
            Gen.int(in: 0...1).array(of: 2...8), Gen.int(in: 1...9).array(of: 8...8), Gen.bool.array(of: 8...8),
            Gen.int(in: 0...3).array(of: 2...2), Self.limit
        ).map { units, points, group, quotas, limit in
            var schoolWide = limit
            schoolWide.scope = .school
            // Points all different, so that no choice is a tie for the committee.
            return Case(
                units: units, points: points.prefix(units.count).enumerated().map { $0.element * 100 + $0.offset },
                groups: [Array(group.prefix(units.count))], quotas: quotas, limits: [schoolWide])
        }
        await propertyCheck(count: 300, input: single) { test in
            let (before, after) = test.select()
            #expect(after.limits.count == 1)
            let outcome = after.limits.first ?? CompositionOutcome(limit: test.limits[0], union: nil, total: 0, count: 0, bound: 0)
            // Every way to pick, per unit, as many as the quota cut did among those not ruled out.
            let perUnit = test.quotas.indices.map { unit in before.ranked[unit] }
            let counts = test.quotas.indices.map { unit in before.ranked[unit].filter { before.decisions[$0] == .nominated }.count }
            func subsets(_ items: [Int], _ size: Int) -> [[Int]] {
                if size == 0 { return [[]] }
                guard let first = items.first else { return [] }
                let rest = Array(items.dropFirst())
                return subsets(rest, size - 1).map { [first] + $0 } + subsets(rest, size)
            }
            let total = counts.reduce(0, +)
            let groupCounts = zip(perUnit, counts).map { candidates, size in Set(subsets(candidates, size).map { $0.filter { test.groups[0][$0] }.count }) }
            var reachable: Set<Int> = [0]
            for options in groupCounts { reachable = Set(reachable.flatMap { sum in options.map { sum + $0 } }) }
            let satisfiable = reachable.contains { outcome.limit.holds(count: $0, of: total) }
            #expect(outcome.isMet == satisfiable, "\(test)")
        }
    }
}
