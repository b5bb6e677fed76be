import Foundation
import Testing
import WorkbookReadBack

/// `unioneval template`: the January templates, filled as a secretary fills them, score in December
/// exactly like the CSV year they were filled from.
@Suite(.serialized) struct TemplateEndToEndTests {
    static let units = 20

    @Test func templatesFilledWithTheDemoYearScoreLikeIt() throws {
        let folder = try CommandLineRunner.workspace()
        let made = try CommandLineRunner.run(["template", "--out", "output/templates"], in: folder)
        #expect(made.status == 0, "\(made.standardError)")
        #expect(made.standardOutput.contains("已生成：output/templates/activities/管理学院分工会2023年活动台账.xlsx\n"))
        #expect(made.standardOutput.contains("已生成：output/templates/adjustments.xlsx\n"))
        #expect(made.standardOutput.contains("已生成：output/templates/objections.xlsx\n"))
        #expect(made.standardOutput.hasSuffix(
            "已为 \(Self.units) 个二级工会生成活动台账模板，另有 4 个校工会表格模板（填好后放入年度输入目录即可）。\n"))

        // The ledger: drop-downs from the criteria and the unit's roster, dates within the year, a hint on every column.
        let template = try ReadBackWorkbook.read("\(folder)/output/templates/activities/管理学院分工会2023年活动台账.xlsx")
        #expect(template.sheets.map(\.name) == ["活动台账", "填写说明", "会员名单", "选项"])
        #expect(template.sheets.map(\.state) == ["visible", "visible", "visible", "hidden"])
        let ledger = try #require(template.sheet("活动台账"))
        #expect(ledger.header == ["日期", "活动名称", "类别", "级别", "参与人数", "组织者工号", "参与者工号", "成果", "备注"])
        let byTitle = Dictionary(uniqueKeysWithValues: ledger.validations.map { ($0.promptTitle ?? "", $0) })
        #expect(ledger.validations.count == ledger.header.count && ledger.validations.allSatisfy { !($0.prompt ?? "").isEmpty })
        #expect(byTitle["日期"]?.type == "date" && byTitle["日期"]?.range == "A4:A503")
        // 2023-01-01 and 2023-12-31 as Excel serial numbers.
        #expect(byTitle["日期"]?.formula1 == "44927" && byTitle["日期"]?.formula2 == "45291")
        #expect(byTitle["类别"]?.type == "list" && byTitle["类别"]?.formula1 == "'选项'!$A$3:$A$23")
        #expect(byTitle["级别"]?.formula1 == "'选项'!$B$3:$B$8")
        #expect(byTitle["成果"]?.type == "list")
        #expect(byTitle["参与人数"]?.type == "whole")
        // One organiser is picked from the roster; several can still be written, after a warning.
        let members = try #require(template.sheet("会员名单"))
        #expect(byTitle["组织者工号"]?.formula1 == "'会员名单'!$A$3:$A$\(members.rows.count)")
        #expect(byTitle["组织者工号"]?.errorStyle == "warning")
        let choices = try #require(template.sheet("选项"))
        #expect(choices.body.compactMap { $0[0]?.text }.count == 21)
        #expect(members.body.allSatisfy { $0[0]?.text?.hasPrefix("T01") == true })
        let instructions = try #require(template.sheet("填写说明"))
        let texts = instructions.rows.compactMap { $0[0]?.text }
        #expect(texts.contains("A1 政治理论学习（满分 6.0）"))
        #expect(texts.contains("必办活动"))
        #expect(texts.contains("工会工作积极分子"))

        // Filled through openpyxl with inputs/2023's records, the year scores exactly like inputs/2023.
        let fill = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("fill_templates.py").path
        let filled = try ExternalProcess.run("/usr/bin/env", ["python3", fill, "output/templates", "inputs/2023", "inputs/filled"], in: folder)
        #expect(filled.status == 0, "\(filled.standardError)")
        let fromTemplates = try CommandLineRunner.run(["run", "--inputs", "inputs/filled", "--out", "output/filled", "--as-of", "2023-12-20"], in: folder)
        let fromCSV = try CommandLineRunner.run(["run", "--out", "output/csv", "--as-of", "2023-12-20"], in: folder)
        #expect(fromTemplates.status == fromCSV.status)
        let units = { (path: String) throws -> [String: [Double]] in
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(path)"))) as! [String: Any]
            return Dictionary(uniqueKeysWithValues: (json["units"] as! [[String: Any]]).map {
                ($0["union"] as! String, [Double($0["rank"] as! Int), ($0["total"] as! NSNumber).doubleValue])
            })
        }
        let filledUnits = try units("output/filled/results.json")
        #expect(filledUnits.count == Self.units)
        #expect(filledUnits == (try units("output/csv/results.json")))
        // No problem of its own: the same problems as the CSV year (its deliberate errors), nothing about the templates.
        let codes = { (text: String) in
            text.split(separator: "\n").compactMap { line in
                line.range(of: #"\[[A-Z-]+\]$"#, options: .regularExpression).map { String(line[$0]) }
            }.sorted()
        }
        #expect(codes(fromTemplates.standardError) == codes(fromCSV.standardError))
    }

    @Test func oneUnitsTemplateAlone() throws {
        let folder = try CommandLineRunner.workspace()
        let made = try CommandLineRunner.run(["template", "--unit", "音乐学院分工会", "--out", "output/one"], in: folder)
        #expect(made.status == 0)
        #expect(made.standardOutput == "已生成：output/one/activities/音乐学院分工会2023年活动台账.xlsx\n已为 1 个二级工会生成活动台账模板。\n")
        let unknown = try CommandLineRunner.run(["template", "--unit", "音乐学院分公会", "--out", "output/one"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.standardError == "参评单位中没有“音乐学院分公会”。是否应为“音乐学院分工会”？\n")
    }

    /// The second rubric balloting its activists: a votes template whose 评选 list names them, and the
    /// objections template, both read back.
    @Test func aRubricWithABallotGetsItsVotesTemplate() throws {
        let folder = try CommandLineRunner.workspace()
        let made = try CommandLineRunner.run(
            ["template", "--inputs", "inputs/2023-assessment", "--criteria", "criteria/二级工会工作考核.yaml", "--out", "output/t"], in: folder)
        #expect(made.status == 0, "\(made.standardError)")
        #expect(made.standardOutput.hasSuffix("另有 7 个校工会表格模板（填好后放入年度输入目录即可）。\n"))
        let votes = try ReadBackWorkbook.read("\(folder)/output/t/votes.xlsx")
        let sheet = try #require(votes.sheet("投票结果"))
        #expect(sheet.header == ["评选", "对象", "赞成", "反对", "弃权", "应到", "实到"])
        let choices = try #require(votes.sheet("选项"))
        #expect(choices.body.compactMap { $0[0]?.text } == ["工会工作积极分子"])
        let objections = try ReadBackWorkbook.read("\(folder)/output/t/objections.xlsx")
        #expect(try #require(objections.sheet("公示异议")).header == ["对象", "事由", "结论", "日期"])
    }

    @Test(.enabled(if: PrintedPages.toolsAvailable, "needs LibreOffice (soffice) and poppler (pdftohtml)"))
    func theInstructionsPrintLegibly() throws {
        let folder = try CommandLineRunner.workspace()
        _ = try CommandLineRunner.run(["template", "--unit", "管理学院分工会", "--out", "output/one"], in: folder)
        let workbook = "\(folder)/output/one/activities/管理学院分工会2023年活动台账.xlsx"
        let titles = try ReadBackWorkbook.read(workbook).sheets.compactMap(\.pageHeader)
        let printed = try PrintedPages.print(workbook, into: "\(folder)/output/one")
        #expect(printed.pages.contains { $0.text.contains("管理学院分工会2023年活动台账填写说明") })
        for page in printed.pages {
            #expect((page.smallestFontSize ?? 0) >= PrintedPagesEndToEndTests.smallestLegibleSize, "page \(page.number)")
            #expect(titles.contains { page.text.contains($0) }, "page \(page.number) has no title")
        }
    }
}
