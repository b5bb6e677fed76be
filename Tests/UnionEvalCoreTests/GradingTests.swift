import Foundation
import Testing
@testable import UnionEvalCore

/// 等次 and 称号: score bands, dimension floors, rank thresholds with 空缺, and titles of earlier years
/// from the history of earlier runs.
@Suite struct GradingTests {
    /// A单位 earns K1 6 + K2 4 = 10 of the regular 22 (S) points; B单位 only K1 2 − 2 (no 三八节) = 0.
    static let ledgers = [
        "A单位": (1...3).map { "A单位,2023-05-0\($0),文艺演出\($0),文化活动,院级,," }.joined(separator: "\n")
            + "\nA单位,2023-03-08,三八节活动,三八节,院级,,",
        "B单位": "B单位,2023-05-01,文艺演出,文化活动,院级,,",
    ]

    func criteria(_ grades: String) throws -> Criteria {
        try TestSupport.rubric { $0.replacingOccurrences(of: "adjustments:\n", with: grades + "adjustments:\n") }
    }

    func run(
        _ criteria: Criteria, history: History = History(), adjustments: String? = nil, ledgers: [String: String] = ledgers
    ) -> EvaluationRun {
        EvaluationRun(inputs: TestSupport.inputs(ledgers: ledgers, adjustments: adjustments), criteria: criteria, history: history)
    }

    func grade(_ run: EvaluationRun, _ criteria: Criteria, _ unit: String) -> String? {
        let union = run.data.unions.firstIndex { $0.name == unit }!
        let names = run.grading.names(of: union, in: criteria)
        return names[.grade] ?? names[.title]
    }

    func shortOf(_ run: EvaluationRun, _ union: Int) -> [String] { run.grading.scales[0].units[union].shortOf }

    @Test func eachUnitGetsTheBestGradeWhoseConditionsItMeets() throws {
        let criteria = try criteria("""
            grades:
              - {name: 优秀, min_total: 12}
              - {name: 合格, min_total: 8}
              - {name: 不合格}

            """)
        let result = run(criteria)
        #expect(result.unit("A单位").total == Points(10))
        #expect(grade(result, criteria, "A单位") == "合格")
        #expect(grade(result, criteria, "B单位") == "不合格")
        #expect(shortOf(result, 0) == ["“优秀”：总分 10.0 分，未达 12.0 分"])
        #expect(criteria.gradeScales[0].rules[2].allowsVetoed)
    }

    @Test func aDimensionBelowItsFloorBarsTheGradeWhateverTheTotal() throws {
        // A单位 has S 10.0 of 22: below 50%, so 合格 is out of reach although the total is enough.
        let criteria = try criteria("""
            grades:
              - {name: 合格, min_total: 8, dimension_floor: 50%}
              - {name: 不合格}

            """)
        let result = run(criteria)
        #expect(grade(result, criteria, "A单位") == "不合格")
        #expect(shortOf(result, 0) == ["“合格”：“服务职工”得分 10.0，未达该项满分 22.0 的 50.0%"])
    }

    @Test func aRankThresholdNobodyMeetsLeavesTheTitleVacant() throws {
        let criteria = try criteria("""
            grades:
              - {name: 年度最佳, min_total: 15, top: 1}
              - {name: 合格, min_total: 5}

            """)
        let result = run(criteria)
        #expect(grade(result, criteria, "A单位") == "合格")
        #expect(grade(result, criteria, "B单位") == nil)
        #expect(result.grading.scales[0].vacant == [0])
        let summary = EvaluationReport(run: result, criteria: criteria, context: .test).summarySheet()
        #expect(summary.noteLines.first == "“年度最佳”：本年度空缺，没有单位符合全部条件（见“评分标准”表）。")
    }

    @Test func aVetoedUnitGetsOnlyAGradeThatAllowsIt() throws {
        let criteria = try criteria("""
            grades:
              - {name: 合格, min_total: 5}
              - {name: 不合格}

            """)
        let result = run(criteria, adjustments: "二级工会,类型,分值,事由\nA单位,否决,,发生安全责任事故\n")
        #expect(grade(result, criteria, "A单位") == "不合格")
        #expect(shortOf(result, 0) == ["“合格”：被一票否决"])
    }

    static let titles = """
        titles:
          - name: 模范职工之家
            min_total: 8
            requires: {grade: 先进职工之家, years: 2}
          - name: 先进职工之家
            min_total: 8
            requires: {awarded: true}
          - {name: 合格, min_total: 0}

        """

    static func history(_ years: [Int: [String: History.UnitResult]]) -> History {
        History(years: years.mapValues { _ in History.Year(year: 0, file: "", units: [:]) }.reduce(into: [:]) { result, entry in
            result[entry.key] = History.Year(year: entry.key, file: "output/\(entry.key)/results.json", units: years[entry.key]!)
        }, folder: "output")
    }

    @Test func titlesNeedWhatTheUnitHeldInEachOfTheYearsBefore() throws {
        let criteria = try criteria(Self.titles)
        let held = Self.history([
            2021: ["A单位": .init(rank: 1, total: Points(90), title: "先进职工之家", awarded: true)],
            2022: ["A单位": .init(rank: 1, total: Points(92), title: "先进职工之家", awarded: true)],
        ])
        #expect(grade(run(criteria, history: held), criteria, "A单位") == "模范职工之家")

        let brokenRun = Self.history([
            2021: ["A单位": .init(rank: 3, total: Points(80), grade: "合格", awarded: false)],
            2022: ["A单位": .init(rank: 1, total: Points(92), title: "先进职工之家", awarded: true)],
        ])
        let result = run(criteria, history: brokenRun)
        #expect(grade(result, criteria, "A单位") == "先进职工之家")
        #expect(shortOf(result, 0) == ["“模范职工之家”：2021 年未获“先进职工之家”（须连续 2 年获得）"])
    }

    @Test func aMissingYearIsSaidOnceAndNeverTakenAsNoTitle() throws {
        let criteria = try criteria(Self.titles)
        let onlyLastYear = Self.history([2022: ["A单位": .init(rank: 1, total: Points(92), title: "先进职工之家", awarded: true)]])
        let result = run(criteria, history: onlyLastYear)
        #expect(grade(result, criteria, "A单位") == "先进职工之家")
        #expect(shortOf(result, 0) == ["“模范职工之家”：缺少 2021 年评选结果，无法确认连续 2 年（截至上一年度）获“先进职工之家”或更高"])
        // A unit missing from last year's results (new, or renamed) cannot hold a title it never had.
        let withoutA = run(criteria, history: Self.history([2022: ["B单位": .init(rank: 1, total: Points(92))]]))
        #expect(grade(withoutA, criteria, "A单位") == "合格")
        #expect(shortOf(withoutA, 0).last == "“先进职工之家”：2022 年评选结果中没有本单位")
        let missing = result.diagnostics.filter { $0.code == "W-HISTORY-MISSING" }
        #expect(missing.map(\.message) == [
            "“模范职工之家”需要核对 2021 年的评选结果，但历史目录 output 中没有 2021 年的 results.json，暂不能授予；请把 2021 年的输出目录放入历史目录后重新运行。"
        ])
    }

    @Test func lastYearsResultsAreReadBackFromAnEarlierRunsResultsJSON() throws {
        let criteria = try criteria(Self.titles)
        // Last year's run, on the same ledgers, written as results.json and read as history.
        let lastYear = try TestSupport.rubric {
            $0.replacingOccurrences(of: "year: 2023", with: "year: 2022").replacingOccurrences(of: "adjustments:\n", with: Self.titles + "adjustments:\n")
        }
        let earlier = run(lastYear, ledgers: Self.ledgers.mapValues { $0.replacingOccurrences(of: "2023-", with: "2022-") })
        let encoder = JSONEncoder()
        let json = try encoder.encode(ResultsDocument(run: earlier, criteria: lastYear, context: .test))
        var log = DiagnosticLog()
        let history = HistoryReader.read(
            [InputFile(path: "output/2022/results.json", bytes: Array(json))], folder: "output", currentYear: 2023, log: &log)
        #expect(log.diagnostics.isEmpty)
        let year = try #require(history.years[2022])
        // Last year's run had no history of its own: 合格, though recommended under the award rule.
        #expect(year.units["A单位"] == History.UnitResult(rank: 1, total: Points(10), title: "合格", awarded: true))

        let result = run(criteria, history: history)
        let report = EvaluationReport(run: result, criteria: criteria, context: .test)
        let summary = report.summarySheet()
        let row = summary.rows[0]
        let column = { (header: String) in row[summary.columns.firstIndex(of: header)!] }
        #expect(column("2022年名次") == .integer(1))
        #expect(column("名次变化") == .text("持平"))
        #expect(column("称号") == .text("先进职工之家"))
        // Last year's total is beside this year's on 指标得分.
        let scores = report.indicatorSheet()
        #expect(scores.rows[0][scores.columns.firstIndex(of: "总分变化")!] == .points(.zero))
    }

    @Test func aGradeAndATitleAreGivenSideBySide() throws {
        let criteria = try criteria("""
            grades:
              - {name: 优秀, min_total: 9}
              - {name: 一般}
            titles:
              - {name: 年度标杆, min_total: 9, top: 1}

            """)
        let result = run(criteria)
        #expect(result.grading.names(of: 0, in: criteria) == [.grade: "优秀", .title: "年度标杆"])
        #expect(result.grading.names(of: 1, in: criteria) == [.grade: "一般"])
        let summary = EvaluationReport(run: result, criteria: criteria, context: .test).summarySheet()
        #expect(summary.columns.suffix(5) == ["否决", "等次", "称号", "评选结果", "距名额线"])
    }

    @Test func historyOfAnotherEvaluationOrOfUnitsGoneIsSaid() {
        var history = Self.history([2022: ["A单位": .init(rank: 1, total: Points(90)), "旧单位": .init(rank: 2, total: Points(80))]])
        history.years[2022]!.title = "2022年度职工之家考评"
        let warnings = HistoryReader.mismatches(of: history, unions: ["A单位", "B单位"], title: "2023年度测试评选")
        #expect(warnings.map(\.message) == [
            "往年结果的评选名称“2022年度职工之家考评”与本次“2023年度测试评选”不同，请确认是同一项评选的结果；已照常使用。",
            "2022 年结果中的以下单位不在本年度名单中（可能已更名或合并），其往年等次和称号不会转到新名称上：旧单位。",
        ])
        history.years[2022]!.title = "2022年度测试评选"
        #expect(HistoryReader.mismatches(of: history, unions: ["A单位", "旧单位"], title: "2023年度测试评选").isEmpty)
    }

    @Test func historyFilesThatCannotServeAreNamedWithTheReason() {
        var log = DiagnosticLog()
        let files = [
            InputFile(path: "h/a/results.json", bytes: Array("not json".utf8)),
            InputFile(path: "h/b/results.json", bytes: Array(#"{"units": []}"#.utf8)),
            InputFile(path: "h/c/results.json", bytes: Array(#"{"year": 2023, "units": []}"#.utf8)),
            InputFile(path: "h/d/results.json", bytes: Array(#"{"year": 2022, "units": []}"#.utf8)),
            InputFile(path: "h/e/results.json", bytes: Array(#"{"year": 2022, "units": []}"#.utf8)),
        ]
        let history = HistoryReader.read(files, folder: "h", currentYear: 2023, log: &log)
        #expect(log.diagnostics.map(\.code) == ["E-HISTORY-FILE", "W-HISTORY-YEAR", "W-HISTORY-YEAR", "E-HISTORY-DUPLICATE"])
        #expect(log.diagnostics.map(\.location.file) == ["h/a/results.json", "h/b/results.json", "h/c/results.json", "h/e/results.json"])
        #expect(history.years.keys.sorted() == [2022])
    }
}

extension RunContext {
    static let test = RunContext(runTime: "2023-12-20 00:00:00", criteriaPath: "rubric.yaml", criteriaSHA256: "", inputFolder: "inputs")
}
