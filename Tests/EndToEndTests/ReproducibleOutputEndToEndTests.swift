import Foundation
import Testing
import WorkbookReadBack

/// `run --as-of`: the same inputs and criteria give byte-identical outputs, stating that date.
@Suite(.serialized) struct ReproducibleOutputEndToEndTests {
    static let files = ["先进基层工会评选结果.xlsx", "各单位得分反馈.xlsx", "工会工作积极分子推荐名单.xlsx", "results.json", "results-ledger.tsv"]

    @Test func twoRunsAsOfTheSameDateAreByteIdentical() throws {
        let folder = try CommandLineRunner.workspace()
        let first = try CommandLineRunner.run(["run", "--as-of", "2023-12-20", "--out", "output/first"], in: folder)
        let second = try CommandLineRunner.run(["run", "--as-of", "2023-12-20", "--out", "output/second"], in: folder)
        #expect(first.status == 1 && second.status == 1, "\(first.standardError)")
        for file in Self.files {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/first/\(file)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/second/\(file)"))
            #expect(a == b, "\(file) differs")
        }
        // The date is what the outputs state: in results.json, the workbook's properties and 说明.
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/first/results.json"))) as! [String: Any]
        #expect(json["generatedAt"] as? String == "2023-12-20")
        let created = try ExternalProcess.run(
            "/usr/bin/env",
            ["python3", "-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('docProps/core.xml').decode())",
             "\(folder)/output/first/先进基层工会评选结果.xlsx"])
        #expect(created.standardOutput.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-12-20T00:00:00Z</dcterms:created>"))
        let about = try #require(try ReadBackWorkbook.read("\(folder)/output/first/先进基层工会评选结果.xlsx").sheet("说明"))
        #expect(about.rows.contains { $0[0]?.text == "基准日期" && $0[1]?.text?.hasPrefix("2023-12-20（run --as-of") == true })
    }

    @Test func SOURCE_DATE_EPOCHFixesTheTimeAndABadDateIsRefused() throws {
        let folder = try CommandLineRunner.workspace()
        let bad = try CommandLineRunner.run(["run", "--as-of", "2023-13-45", "--out", "output/x"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.standardError == "--as-of 应为日期，如 2023-12-20（收到：2023-13-45）\n")
        let epoch = try ExternalProcess.run(
            "/usr/bin/env", ["SOURCE_DATE_EPOCH=1703030400", CommandLineRunner.binary, "run", "--out", "output/epoch"], in: folder)
        #expect(epoch.status == 1)
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/epoch/results.json"))) as! [String: Any]
        #expect(json["generatedAt"] as? String == "2023-12-20 00:00:00")
    }
}
