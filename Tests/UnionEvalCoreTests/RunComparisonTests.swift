import Foundation
import Testing
@testable import UnionEvalCore

/// `RunComparison` on constructed pairs of runs: each change appears once, with its cause, and a unit's
/// dimension, office and indicator changes add up to its total change exactly.
@Suite struct RunComparisonTests {
    static let ledgerA = """
        A单位,2023-03-08,三八节活动,三八节,院级,\(TestSupport.ids("A", 1...8)),
        A单位,2023-05-01,合唱比赛,文化活动,院级,\(TestSupport.ids("A", 1...6)),
        A单位,2023-06-01,读书会,文化活动,院级,\(TestSupport.ids("A", 1...3)),

        """
    static let ledgerB = """
        B单位,2023-03-07,三八节活动,三八节,院级,\(TestSupport.ids("B", 1...15)),
        B单位,2023-04-01,书画展,文化活动,院级,\(TestSupport.ids("B", 1...12)),

        """
    static let reviews = "二级工会,指标,得分,评委\nA单位,K5,4,评委甲\nB单位,K5,3,评委甲\n"

    /// A run written as results.json and results-ledger.tsv and read back, as `compare` reads it.
    func run(
        _ folder: String, ledgers: [String: String] = ["A单位": ledgerA, "B单位": ledgerB], adjustments: String? = nil,
        reviews: String = reviews, criteria: Criteria? = nil
    ) throws -> RunComparison.Side {
        let criteria = try criteria ?? TestSupport.rubric()
        var inputs = TestSupport.inputs(ledgers: ledgers, adjustments: adjustments, reviews: reviews)
        inputs.fingerprint = TestSupport.fingerprint
        let run = TestSupport.run(inputs, criteria: criteria)
        let document = ResultsDocument(run: run, criteria: criteria, context: .test)
        var ledger: [UInt8] = []
        try LedgerTrail.write(run, peopleDigests: RunTrail.peopleDigests(of: run.data)) { ledger += $0 }
        return RunComparison.Side(
            folder: folder, document: try ResultsDocument(json: try document.json()), ledger: try LedgerTrail.Reader(ledger))
    }

    func document(
        ledgers: [String: String] = ["A单位": ledgerA, "B单位": ledgerB], adjustments: String? = nil, reviews: String = reviews,
        criteria: Criteria? = nil
    ) throws -> RunComparison.Side {
        try run("output", ledgers: ledgers, adjustments: adjustments, reviews: reviews, criteria: criteria)
    }

    func compare(_ old: RunComparison.Side, _ new: RunComparison.Side) -> RunComparison {
        var (old, new) = (old, new)
        (old.folder, new.folder) = ("output/draft", "output/final")
        return RunComparison(old: old, new: new)
    }

    /// Dimensions, office points and weighting add up to the total change; each dimension's change is
    /// its indicators' changes plus what its cap absorbed.
    func expectChangesAddUp(_ comparison: RunComparison, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for unit in comparison.units {
            #expect(
                unit.dimensionChanges.reduce(.zero, +) + unit.bonusChange - unit.deductionChange + unit.weightingChange == unit.totalChange,
                sourceLocation: sourceLocation)
            #expect(unit.weightingChange == .zero, "the test rubric has no weights", sourceLocation: sourceLocation)
            let rows = comparison.indicators.filter {
                $0.unit == unit.unit && ($0.indicator.hasPrefix("K") || $0.indicator.hasSuffix("（维度小计）"))
            }
            #expect(rows.reduce(.zero) { $0 + $1.change } == unit.dimensionChanges.reduce(.zero, +), "\(unit.unit)", sourceLocation: sourceLocation)
        }
    }

    @Test func aRowWhoseDateWasCorrectedIntoTheYearIsCountedOnceWithItsEarlierReason() throws {
        let draft = try document(ledgers: ["A单位": Self.ledgerA + "A单位,2022-12-20,迎新晚会,文化活动,院级,\(TestSupport.ids("A", 1...2)),\n", "B单位": Self.ledgerB])
        let final = try document(ledgers: ["A单位": Self.ledgerA + "A单位,2023-01-05,迎新晚会,文化活动,院级,\(TestSupport.ids("A", 1...2)),\n", "B单位": Self.ledgerB])
        let comparison = compare(draft, final)
        let k1 = try #require(comparison.indicators.first { $0.unit == "A单位" && $0.indicator == "K1 文化活动" })
        #expect(k1.old == Points(4) && k1.new == Points(6) && k1.change == Points(2))
        #expect(k1.causes.count == 1)
        #expect(k1.causes[0].kind == "更正记录")
        #expect(k1.causes[0].points == Points(2))
        #expect(k1.causes[0].oldPlace == "activities/A单位.csv 第 5 行" && k1.causes[0].newPlace == "activities/A单位.csv 第 5 行")
        #expect(comparison.ledger.count == 1)
        let change = comparison.ledger[0].change
        #expect(change.kind == .corrected)
        #expect(change.detail.hasPrefix("上次未使用：不在"), "\(change.detail)")
        #expect(change.detail.hasSuffix("；日期 2022-12-20 → 2023-01-05"), "\(change.detail)")
        #expect(comparison.units.first?.unit == "A单位")
        #expect(comparison.units.first?.totalChange == Points(2))
        expectChangesAddUp(comparison)
    }

    @Test func aDeletedDuplicateChangesNoPointsAndIsListedOnce() throws {
        let duplicated = Self.ledgerA + "A单位,2023-06-01,读书会,文化活动,院级,\(TestSupport.ids("A", 1...3)),\n"
        let comparison = compare(try document(ledgers: ["A单位": duplicated, "B单位": Self.ledgerB]), try document())
        #expect(comparison.indicators.isEmpty)
        #expect(comparison.ledger.map(\.change.kind) == [.unusedRemoved])
        #expect(comparison.ledger[0].effects == "不影响得分")
        #expect(comparison.ledger[0].change.old?.place == "activities/A单位.csv 第 5 行")
        #expect(comparison.inputs.first?.file == "activities/A单位.csv" && comparison.inputs.first?.change == "内容变化")
        #expect(comparison.units.allSatisfy { $0.totalChange == .zero })
    }

    @Test func anAddedAdjustmentIsTheBonusChangesOnlyCause() throws {
        let comparison = compare(try document(), try document(adjustments: "二级工会,类型,分值,事由\nB单位,加分,1,承办全校运动会\n"))
        let b = try #require(comparison.units.first)
        #expect(b.unit == "B单位" && b.bonusChange == Points(1) && b.totalChange == Points(1))
        let rows = comparison.indicators.filter { $0.unit == "B单位" }
        #expect(rows.map(\.indicator) == ["校工会加分"])
        #expect(rows[0].causes.map(\.text) == ["新增：加分：承办全校运动会（1.0 分）"])
        #expect(rows[0].causes[0].newPlace == "adjustments.csv 第 2 行")
        expectChangesAddUp(comparison)
    }

    @Test func aChangedReviewerScoreIsOneChangeFromTheOldValueToTheNew() throws {
        let comparison = compare(try document(), try document(reviews: "二级工会,指标,得分,评委\nA单位,K5,5,评委甲\nB单位,K5,3,评委甲\n"))
        let rows = comparison.indicators.filter { $0.unit == "A单位" }
        #expect(rows.count == 1)
        #expect(rows[0].indicator == "K5 评审" && rows[0].change == Points(1))
        #expect(rows[0].causes.count == 1)
        #expect(rows[0].causes[0].kind == "评审打分")
        #expect(rows[0].causes[0].text == "评审 评委甲，K5 评审：4.0 分 → 5.0 分")
        // A reviewer's score is combined with the others by the rubric: its own difference is not the indicator's.
        #expect(rows[0].causes[0].points == nil)
        #expect(comparison.indicators.allSatisfy { $0.unit == "A单位" })
        expectChangesAddUp(comparison)
    }

    @Test func aChangedRubricWeightIsSaidFirstAndNotAsEachRecordsChange() throws {
        let heavier = try TestSupport.rubric { $0.replacingOccurrences(of: "points_each: 2}", with: "points_each: 3}") }
        let comparison = compare(try document(), try document(criteria: heavier))
        #expect(comparison.definitionChanges.map(\.indicator) == ["K1"])
        #expect(comparison.definitionChanges[0].change == "定义变化")
        #expect(comparison.definitionChanges[0].old != comparison.definitionChanges[0].new)
        for unit in ["A单位", "B单位"] {
            let k1 = try #require(comparison.indicators.first { $0.unit == unit && $0.indicator == "K1 文化活动" })
            #expect(k1.causes.map(\.kind) == ["评分标准"], "\(unit)")
        }
        let a = try #require(comparison.indicators.first { $0.unit == "A单位" && $0.indicator == "K1 文化活动" })
        #expect(a.change == Points(2))
        expectChangesAddUp(comparison)
    }

    @Test func aRunOfAnEarlierVersionIsComparedWithoutGuessing() throws {
        var old = try document()
        old.document.trail = nil
        old.ledger = nil
        let comparison = compare(old, try document(reviews: "二级工会,指标,得分,评委\nA单位,K5,5,评委甲\nB单位,K5,3,评委甲\n"))
        #expect(comparison.notes.count == 1)
        let row = try #require(comparison.indicators.first { $0.unit == "A单位" })
        #expect(row.causes.map(\.kind) == ["无法确定"])
        #expect(row.causes[0].text == "缺少逐条记录（较早版本的 results.json 或缺少 results-ledger.tsv），无法确定原因")
    }

    @Test func theSummaryLineCountsRankAndListChanges() throws {
        let comparison = compare(try document(), try document(adjustments: "二级工会,类型,分值,事由\nB单位,加分,3,承办全校运动会\n"))
        #expect(comparison.summary.hasPrefix("与上次相比：名次变化 "))
        let moved = comparison.units.count { $0.old!.rank != $0.new!.rank }
        #expect(comparison.summary.hasPrefix("与上次相比：名次变化 \(moved) 个单位，推荐结果变化 "))
    }

    @Test func theTrailRoundTripsAndKeepsEveryRecord() throws {
        let side = try document()
        let trail = try #require(side.document.trail)
        let ledger = try #require(side.ledger)
        #expect(trail.ledgerRows == 5 && trail.ledgerFile == "results-ledger.tsv")
        let rows = try trail.units.indices.flatMap { try ledger.rows(ofUnit: $0, trail: trail) }
        #expect(rows.count == 5)
        #expect(Set(rows.map(\.file)) == ["activities/A单位.csv", "activities/B单位.csv"])
        #expect(rows.allSatisfy { $0.peopleDigest != nil })
        #expect(rows.first { $0.name == "合唱比赛" }?.credits.contains { $0.indicator == "K1" && $0.points == Points(2) && $0.counted } == true)
        #expect(trail.indicators.map(\.id) == ["K1", "K2", "K3", "K4", "K5", "K6"])
        #expect(trail.office.count == 2)
    }

    /// Tabs, line breaks and backslashes inside a value survive the ledger file.
    @Test func awkwardTextRoundTripsThroughTheLedgerFile() throws {
        var line = LedgerTrail.LineBuilder()
        line.bytes = []
        line.text("读书\t会\n第\\2期\r")
        line.integer(-12, last: true)
        #expect(LedgerTrail.Reader.fields(line.bytes.dropLast()) == ["读书\t会\n第\\2期\r", "-12"])
    }

    @Test func lastYearAgainstThisYearMatchesUnitsByNameAndComparesNoLedgerRows() throws {
        let lastYear = try TestSupport.rubric { $0.replacingOccurrences(of: "year: 2023", with: "year: 2022") }
        let old = try document(
            ledgers: ["A单位": Self.ledgerA.replacingOccurrences(of: "2023-", with: "2022-"), "B单位": Self.ledgerB.replacingOccurrences(of: "2023-", with: "2022-")],
            criteria: lastYear)
        let new = try document(ledgers: ["A单位": Self.ledgerA, "B单位": Self.ledgerB + "B单位,2023-09-01,合唱比赛,文化活动,院级,\(TestSupport.ids("B", 1...9)),\n"])
        let comparison = compare(old, new)
        #expect(comparison.acrossYears)
        #expect(comparison.ledger.isEmpty)
        #expect(comparison.notes == ["两次运行属于不同年度（2022 年、2023 年）：单位按名称、人员按工号对应；台账不逐条对照，评分标准的不同列在“评分标准变化”中，不算作单位的变化。"])
        let k1 = try #require(comparison.indicators.first { $0.unit == "B单位" && $0.indicator == "K1 文化活动" })
        #expect(k1.change == Points(2))
        #expect(k1.causes.map(\.text) == ["不同年度的台账不逐条对照"])
        #expect(Set(comparison.units.map(\.unit)) == ["A单位", "B单位"])
        expectChangesAddUp(comparison)
    }

    /// A lowered deduction reads the same way in every column: as it counts in the total.
    @Test func aLoweredDeductionIsAGainInEveryColumn() throws {
        let header = "二级工会,类型,分值,事由\n"
        let comparison = compare(
            try document(adjustments: header + "A单位,扣分,3,经费检查\n"), try document(adjustments: header + "A单位,扣分,1,经费检查\n"))
        let a = try #require(comparison.units.first { $0.unit == "A单位" })
        #expect(a.deductionChange == Points(-2) && a.totalChange == Points(2))
        let row = try #require(comparison.indicators.first { $0.unit == "A单位" })
        #expect(row.indicator == "校工会扣分（计入总分）")
        #expect(row.old == Points(-3) && row.new == Points(-1) && row.change == Points(2))
        #expect(row.causes.map(\.text) == ["扣分：经费检查：3.0 分 → 1.0 分"])
        #expect(row.causes.first?.points == Points(2))
    }
}
