import Foundation
import Testing
import WorkbookReadBack

/// The default rubric with B3 金点子征集 moved to "12-01 to 11-30", as an office whose year runs from
/// 1 December writes it: without `year_start` a located criteria error, never a silent 0; with it the
/// September records score, December 2023 is outside the year, and the templates follow the year.
@Suite(.serialized) struct EvaluationYearEndToEndTests {
    static let rubric = "criteria/先进基层工会.yaml"

    /// A workspace whose default rubric has been edited by `edit`.
    static func workspace(_ edit: (String) -> String) throws -> String {
        let folder = try CommandLineRunner.workspace()
        let path = "\(folder)/\(rubric)"
        try edit(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    static func moveB3(_ text: String) -> String {
        text.replacingOccurrences(
            of: "match: {categories: [金点子], from: 09-01, to: 12-31}", with: "match: {categories: [金点子], from: 12-01, to: 11-30}")
    }

    /// B3 as above, the year from 1 December, and B4 (代表培训, 10-01 to 12-31) ending with the year.
    static func yearFromDecember(_ text: String) -> String {
        moveB3(text).replacingOccurrences(of: "year: 2023\n", with: "year: 2023\nyear_start: 12-01\n")
            .replacingOccurrences(of: "match: {categories: [代表培训], from: 10-01, to: 12-31}", with: "match: {categories: [代表培训], from: 10-01, to: 11-30}")
    }

    @Test func aWindowNoDayOfTheYearMeetsStopsValidateAndRunAtItsLine() throws {
        let folder = try Self.workspace(Self.moveB3)
        let text = try String(contentsOfFile: "\(folder)/\(Self.rubric)", encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("from: 12-01, to: 11-30") }) + 1
        for arguments in [["validate"], ["run", "--out", "output/2023"]] {
            let result = try CommandLineRunner.run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments): \(result.standardError)")
            #expect(result.standardError == """
                \(Self.rubric):\(line):42: 错误: “dimensions[1].indicators[2].match.from” 12月1日 在 2023 评选年度（2023年1月1日至2023年12月31日）中晚于 \
                “dimensions[1].indicators[2].match.to” 11月30日，这个时段一天也匹配不到，此项没有单位能得分。评选年度从 1月1日 开始，时段不能跨越 12 月 31 日；\
                如评选年度另有起止（如 12 月 1 日至次年 11 月 30 日，或 9 月 1 日开始的学年），请在顶层写明“year_start: 12-01”或“year_start: 09-01”。\
                （原值：12-01 至 11-30） [E-CRITERIA-WINDOW]
                评分标准文件有 1 个错误，无法计分。

                """)
        }
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/output/2023"))
    }

    @Test func aYearFromDecemberScoresTheSeptemberRecordsAndNotDecember2023() throws {
        let folder = try Self.workspace(Self.yearFromDecember)
        let result = try CommandLineRunner.run(["run", "--out", "output/2023", "--as-of", "2023-12-20"], in: folder)
        // The demo's deliberate errors: reported, exit status 1.
        #expect(result.status == 1, "\(result.standardError)")
        // B1 (两代会, twice in March or December) now means December 2022, which the demo ledgers do not use:
        // nobody reaches it, and the run says so instead of letting every unit lose it quietly.
        let unmatched = result.standardError.split(separator: "\n").filter { $0.hasSuffix("[W-CRITERIA-UNMATCHED]") }
        #expect(unmatched.count == 1)
        #expect(unmatched.first?.contains("指标 B1 组织参加两代会：没有一个单位达到要求（“2022年12月、2023年3月内 “教代会”类活动”至少 2 次；最多的单位 1 次）") == true)
        let outside = result.standardError.split(separator: "\n").filter { $0.hasSuffix("[W-DATE-YEAR]") }
        #expect(!outside.isEmpty)
        #expect(outside.allSatisfy { $0.contains("警告: 日期不在 2023 评选年度（2022年12月1日至2023年11月30日）内，本行不计分。（原值：2023") })

        // B3 against the ledgers read plainly: every unit with a 金点子 row (all in September 2023) has its 3 points.
        // (Python reads them: some demo ledgers are GB18030, as Excel saves them.)
        let plain = try ExternalProcess.run("/usr/bin/env", ["python3", "-c", """
            import pathlib
            for path in sorted(pathlib.Path('inputs/2023/activities').glob('*.csv')):
                data = path.read_bytes()
                try: text = data.decode('utf-8-sig')
                except UnicodeDecodeError: text = data.decode('gb18030')
                print(path.stem, 3 if ',金点子,' in text else 0)
            """], in: folder)
        #expect(plain.status == 0, "\(plain.standardError)")
        var expected: [String: Double] = [:]
        for line in plain.standardOutput.split(separator: "\n") {
            let parts = line.split(separator: " ")
            expected[String(parts[0])] = Double(parts[1])
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/2023/results.json"))) as! [String: Any]
        #expect(json["period"] as? [String: String] == ["from": "2022-12-01", "to": "2023-11-30"])
        var scored: [String: Double] = [:]
        for unit in json["units"] as! [[String: Any]] {
            let indicators = unit["indicators"] as! [String: [String: Any]]
            scored[unit["union"] as! String] = (indicators["B3"]!["points"] as! NSNumber).doubleValue
        }
        #expect(expected.values.filter { $0 > 0 }.count == 11)
        for (unit, points) in expected { #expect(scored[unit] == points, "\(unit)") }

        let workbook = try ReadBackWorkbook.read("\(folder)/output/2023/先进基层工会评选结果.xlsx")
        // Every sheet says which twelve months "2023年度" is (the notice for 公示 has a layout of its own).
        let tables = workbook.sheets.filter { $0.name != "单位公示" }
        #expect(tables.count == 10)
        #expect(tables.allSatisfy { $0.rows[1][0]?.text == "数据日期：2023-12-20　评选年度：2022年12月1日至2023年11月30日　输入目录：inputs/2023" })
        let about = try #require(workbook.sheet("说明"))
        #expect(about.rows.contains { $0[0]?.text == "评选年度" && $0[1]?.text == "2023（2022年12月1日至2023年11月30日）" })
        let rubric = try #require(workbook.sheet("评分标准"))
        let rule = try #require(rubric.column("计分规则"))
        #expect(rubric.body.contains { ($0[rule]?.text ?? "").contains("12月1日至次年11月30日 “金点子”类活动") })
    }

    @Test func theTemplatesAcceptTheDaysOfTheYear() throws {
        let folder = try Self.workspace(Self.yearFromDecember)
        let made = try CommandLineRunner.run(["template", "--out", "output/templates", "--unit", "管理学院分工会"], in: folder)
        #expect(made.status == 0, "\(made.standardError)")
        let template = try ReadBackWorkbook.read("\(folder)/output/templates/activities/管理学院分工会2023年活动台账.xlsx")
        let ledger = try #require(template.sheet("活动台账"))
        let date = try #require(ledger.validations.first { $0.promptTitle == "日期" })
        // 2022-12-01 and 2023-11-30 as Excel serial numbers.
        #expect(date.formula1 == "44896" && date.formula2 == "45260")
        #expect(date.prompt?.contains("须在2023年度（2022年12月1日至2023年11月30日）内") == true)
        let instructions = try #require(template.sheet("填写说明"))
        #expect(instructions.rows.contains {
            $0[0]?.text == "评选年度" && $0[1]?.text?.hasPrefix("2023年度从 2022年12月1日 到 2023年11月30日") == true
        })
    }

    /// C1 三八节 moved to February, when no unit held it: every unit loses C1, and `validate` says so once.
    @Test func aRequiredEventNoLedgerHoldsIsSaidWithItsId() throws {
        let folder = try Self.workspace {
            $0.replacingOccurrences(of: "match: {categories: [三八节], months: [3]}", with: "match: {categories: [三八节], months: [2]}")
        }
        let text = try String(contentsOfFile: "\(folder)/\(Self.rubric)", encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("months: [2]}") }) + 1
        let result = try CommandLineRunner.run(["validate"], in: folder)
        #expect(result.status == 1, "\(result.standardError)")
        let warnings = result.standardError.split(separator: "\n").filter { $0.hasSuffix("[W-CRITERIA-UNMATCHED]") }
        #expect(warnings.count == 1)
        let recordsInMarch = try #require(warnings.first?.firstMatch(of: /有 (\d+) 条记录/)?.1)
        #expect(warnings.first == """
            \(Self.rubric):\(line):16: 警告: 指标 C1 三八节系列活动：本年度所有台账中没有一条记录符合“2月内 “三八节”类活动”，各单位此项都不得分。\
            有 \(recordsInMarch) 条记录的类别、级别、成果符合，但日期都不在规定时间内：请核对 match 的日期（months、from、to）和评选年度（year、year_start）。\
            （原值：C1） [W-CRITERIA-UNMATCHED]
            """)
        #expect(Int(recordsInMarch) ?? 0 > 0)
    }
}
