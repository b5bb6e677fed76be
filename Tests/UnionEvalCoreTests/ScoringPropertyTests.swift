import PropertyBased
import Testing
@testable import UnionEvalCore

/// Properties that must hold for any ledger, not just the ones a test author thought of.
@Suite struct ScoringPropertyTests {
    struct RowSpec: Sendable, CustomStringConvertible {
        var month: Int
        var day: Int
        var name: Int
        var category: Int
        var level: Int
        var participants: Int
        var outcome: Int

        static let categories = ["文化活动", "文艺活动", "体育活动", "三八节", "技能竞赛"]
        static let levels = ["院级", "校级", "市级", "省部级"]
        static let outcomes = ["一等奖", "二等奖", "", ""]

        var csv: String {
            let ids = (1...10).filter { participants & (1 << ($0 - 1)) != 0 }.map { "A\($0 < 10 ? "0" : "")\($0)" }
            return "A单位,2023-\(month)-\(day),活动\(name),\(Self.categories[category]),\(Self.levels[level]),\(ids.joined(separator: ";")),\(Self.outcomes[outcome])"
        }

        var description: String { csv }
    }

    static let row = zip(
        Gen.int(in: 1...12), Gen.int(in: 1...28), Gen.int(in: 0...6), Gen.int(in: 0...4), Gen.int(in: 0...3),
        Gen.int(in: 0...1023), Gen.int(in: 0...3)
    ).map { RowSpec(month: $0, day: $1, name: $2, category: $3, level: $4, participants: $5, outcome: $6) }

    let criteria: Criteria
    init() throws { criteria = try TestSupport.rubric() }

    func evaluate(_ rows: [String]) -> EvaluationRun {
        TestSupport.run(TestSupport.inputs(ledgers: ["A单位": rows.joined(separator: "\n")]), criteria: criteria)
    }

    /// A deterministic shuffle driven by the generated seed, so a failure can be replayed.
    static func shuffled<T>(_ items: [T], seed: Int) -> [T] {
        var state = UInt64(truncatingIfNeeded: seed) | 1
        var result = items
        for index in result.indices.reversed() where index > 0 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            result.swapAt(index, Int(state >> 33) % (index + 1))
        }
        return result
    }

    @Test func rowOrderDoesNotChangeScores() async {
        await propertyCheck(count: 60, input: Self.row.array(of: 0...25), Gen.int(in: 0...Int(Int32.max))) { rows, seed in
            let lines = rows.map(\.csv)
            let original = evaluate(lines)
            let reordered = evaluate(Self.shuffled(lines, seed: seed))
            #expect(original.evaluation.units.map(\.total) == reordered.evaluation.units.map(\.total))
            #expect(
                original.evaluation.units.map { $0.indicators.map(\.points) }
                    == reordered.evaluation.units.map { $0.indicators.map(\.points) })
            #expect(original.nomination?.scores.map(\.points) == reordered.nomination?.scores.map(\.points))
        }
    }

    @Test func addingAValidRecordNeverLowersTheUnitsTotal() async {
        await propertyCheck(count: 60, input: Self.row.array(of: 0...20), Self.row) { rows, extra in
            let before = evaluate(rows.map(\.csv)).unit("A单位").total
            var added = extra
            added.name = 99  // a name no other row uses, so it is never a duplicate
            let after = evaluate(rows.map(\.csv) + [added.csv]).unit("A单位").total
            #expect(after >= before)
        }
    }

    static let fragment = Gen.element(of: [
        "A单位,2023-05-01,合唱,文化活动,院级,A01,", "A单位,2023-02-30,坏日期,文化活动,院级,,", "A单位,昨天,坏日期,文化活动,院级,,",
        "A单位,2023-05-02,错类,文化活功,院级,,", "A单位,2023-05-03,多列,文化活动,院级,,,,,", "A单位,2023-05-04",
        "C单位,2023-05-05,外单位,文化活动,院级,,", "A单位,2023-05-06,\"引号,文化活动,院级,,", "", ",,,,,,",
        "A单位,2023-05-01,合唱,文化活动,院级,A02,", "A单位,2022-05-01,去年,文化活动,院级,,", "\"多行\n名称\",x",
        "A单位,2023-05-07,未知工号,体育活动,校级,Z9;A01;A01,一等将", "B单位,2023-05-08,B的活动,体育活动,院级,B01,",
    ]).map { $0 ?? "" }

    @Test func everyRowIsUsedOrReported() async {
        await propertyCheck(count: 100, input: Self.fragment.array(of: 0...30)) { lines in
            let run = evaluate(lines)
            let ledger = run.data.accounting.first { $0.role == "活动台账" }!
            #expect(ledger.rowsRead == ledger.rowsUsed + ledger.rowsRejected)
            #expect(run.data.accounting.allSatisfy { $0.rowsRead == $0.rowsUsed + $0.rowsRejected })
            #expect(run.data.records.count == ledger.rowsUsed)
            // A rejected row always comes with at least one error or warning in that file.
            if ledger.rowsRejected > 0 {
                #expect(run.diagnostics.contains { $0.location.file == ledger.path })
            }
        }
    }

    /// `validate` scores without the per-record trail: every score, rank, nomination and problem is the
    /// same as with it, and no trail is kept.
    @Test func scoringWithoutTheRecordTrailChangesNothingElse() async {
        await propertyCheck(count: 40, input: Self.row.array(of: 1...25)) { rows in
            let inputs = TestSupport.inputs(ledgers: ["A单位": rows.map(\.csv).joined(separator: "\n")])
            let (data, loadDiagnostics) = YearDataLoader.load(inputs, criteria: criteria)
            let full = EvaluationRun(data: data, loadDiagnostics: loadDiagnostics, criteria: criteria)
            let checked = EvaluationRun(data: data, loadDiagnostics: loadDiagnostics, criteria: criteria, keepsRecordTrail: false)
            #expect(checked.evaluation.units.map(\.total) == full.evaluation.units.map(\.total))
            #expect(checked.evaluation.units.map(\.indicators) == full.evaluation.units.map(\.indicators))
            #expect(checked.ranking.standings.map(\.rank) == full.ranking.standings.map(\.rank))
            #expect(checked.nomination?.scores.map(\.points) == full.nomination?.scores.map(\.points))
            #expect(checked.diagnostics == full.diagnostics)
            #expect(full.evaluation.recordCredits.patternOfRecord.count == data.records.count)
            #expect(checked.evaluation.recordCredits.patternOfRecord.isEmpty)
        }
    }
}
