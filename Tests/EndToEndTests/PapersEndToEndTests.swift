import Foundation
import Testing
import WorkbookReadBack

/// `unioneval papers` on the bundled demo year: the 推荐审批表 read back against the roster, the run's
/// final list and the ledgers (every 事迹 clause traced to a row of that person), the units' forms, the
/// 表彰决定 draft read back with python-docx, the summaries, all printed with LibreOffice, and a rerun
/// with the same --as-of byte for byte.
@Suite(.serialized) struct PapersEndToEndTests {
    static let papers = ["工会工作积极分子推荐审批表.xlsx", "先进基层工会申报审批表.xlsx", "表彰决定（草稿）.docx", "近三年获评汇总表.xlsx"]

    struct Results: Decodable {
        struct Nominee: Decodable {
            var staffID: String
            var name: String
            var union: String
            var points: Double
        }

        struct Unit: Decodable {
            var union: String
            var rank: Int
            var decision: String
        }

        var nominations: [Nominee]
        var units: [Unit]
    }

    /// Roster rows by 工号: 姓名, 二级工会, 性别, 工会职务.
    static func roster(_ folder: String) throws -> [String: [String: String]] {
        let lines = try String(contentsOfFile: "\(folder)/inputs/2023/members.csv", encoding: .utf8)
            .replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        return Dictionary(uniqueKeysWithValues: lines.dropFirst().map { row in
            (row[0], Dictionary(uniqueKeysWithValues: zip(header, row)))
        })
    }

    /// A ledger's text: the demo year has one in GB18030, as WPS saves it, decoded by iconv.
    static func text(of path: String) throws -> String {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        if let text = String(data: bytes, encoding: .utf8) { return text }
        let converted = try ExternalProcess.run("/usr/bin/iconv", ["-f", "GB18030", "-t", "UTF-8", path])
        try #require(converted.status == 0, "iconv: \(converted.standardError)")
        return converted.standardOutput
    }

    /// The value box right of the label `label` on a form.
    static func value(after label: String, in sheet: ReadBackWorkbook.Sheet) -> String? {
        for row in sheet.rows {
            if let column = row.firstIndex(where: { $0?.text == label }) {
                return row[(column + 1)...].first { $0 != nil }??.text
            }
        }
        return nil
    }

    @Test(.enabled(if: PrintedPages.toolsAvailable, "needs LibreOffice (soffice) and poppler (pdftohtml)"))
    func papersForTheDemoYearAreTheFinalListsTracedToTheLedgers() throws {
        let folder = try CommandLineRunner.workspace()
        let run = try CommandLineRunner.run(["run", "--as-of", "2023-12-20"], in: folder)
        #expect(run.status == 1)
        let result = try CommandLineRunner.run(["papers", "--as-of", "2023-12-20"], in: folder)
        // The demo data's deliberate errors: the papers are written and the user told to check.
        #expect(result.status == 1, "\(result.standardError)")
        // Six people tie for the last places of their units: not on the papers until decided, and said so.
        #expect(
            result.standardOutput == Self.papers.map { "已生成：output/2023/\($0)\n" }.joined()
                + "注意：另有 6 人并列待定（见推荐名单工作簿“候选人明细”），未写入推荐审批表和表彰决定；由所在单位确定后，把不推荐的人登记在 exclusions 中（原因写明如“并列名额经单位商定由他人推荐”），再重新运行 papers。\n"
                + "注意：输入数据有错误（见上），材料按现有数据生成，请核对后再用。\n")
        let results = try JSONDecoder().decode(Results.self, from: Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/2023/results.json")))
        let roster = try Self.roster(folder)

        // One form per nominee of the final list, in its order, then the trace.
        let forms = try ReadBackWorkbook.read("\(folder)/output/2023/工会工作积极分子推荐审批表.xlsx")
        #expect(forms.sheets.count == results.nominations.count + 1)
        #expect(forms.sheets.last?.name == "事迹依据")
        let trace = try #require(forms.sheet("事迹依据"))
        let (traceID, traceText, traceSource) = (try #require(trace.column("工号")), try #require(trace.column("事迹分句")), try #require(trace.column("依据（文件:行）")))
        let allIDs = Set(results.nominations.map(\.staffID))
        var ledgerLines: [String: [String]] = [:]
        for (nominee, sheet) in zip(results.nominations, forms.sheets) {
            let person = try #require(roster[nominee.staffID])
            #expect(sheet.rows[0][0]?.text == "2023年度工会工作积极分子推荐审批表")
            #expect(sheet.merged.contains("A1:H1"))
            #expect(Self.value(after: "姓名", in: sheet) == nominee.name)
            #expect(Self.value(after: "工号", in: sheet) == nominee.staffID)
            #expect(Self.value(after: "性别", in: sheet) == person["性别"])
            #expect(Self.value(after: "二级工会", in: sheet) == person["二级工会"])
            #expect(Self.value(after: "工会职务", in: sheet) == (person["工会职务"]!.isEmpty ? "会员" : person["工会职务"]))
            #expect(Self.value(after: "积分", in: sheet) == String(format: "%.1f", nominee.points))
            // One page tall and wide (1 is the schema's default, which writers may leave out).
            #expect(sheet.orientation == "portrait" && sheet.fitToPage && sheet.fitWidth == 1 && [nil, 1].contains(sheet.fitHeight))
            // The 事迹: its length as stated, within the rubric's 800, and made of this person's clauses only.
            let label = try #require(sheet.rows.flatMap { $0 }.compactMap { $0?.text }.first { $0.hasPrefix("主要事迹") })
            let deeds = try #require(Self.value(after: label, in: sheet))
            #expect(label.contains("（\(deeds.count)字）") && deeds.count <= 800)
            let clauses = trace.body.filter { $0[traceID]?.text == nominee.staffID }
            #expect(clauses.count >= 2)
            var position = deeds.startIndex
            for clause in clauses {
                let text = try #require(clause[traceText]?.text)
                let found = try #require(deeds.range(of: text, range: position..<deeds.endIndex), "“\(text)” is not in order in \(nominee.staffID)'s 事迹")
                position = found.upperBound
                // Every ledger row a clause names lists this person (by 工号 or by name).
                for reference in (clause[traceSource]?.text ?? "").components(separatedBy: "；") where reference != "会员名册" {
                    let parts = reference.split(separator: ":")
                    let file = String(parts[0])
                    let line = try #require(Int(parts[1]))
                    if ledgerLines[file] == nil {
                        ledgerLines[file] = try Self.text(of: "\(folder)/\(file)").components(separatedBy: "\r\n")
                    }
                    let row = try #require(ledgerLines[file]?[line - 1])
                    #expect(row.contains(nominee.staffID) || row.contains(nominee.name), "\(reference) does not list \(nominee.staffID)")
                }
            }
            // No one else's staff ID anywhere on the form.
            let cells = sheet.rows.flatMap { $0 }.compactMap { $0?.text }.joined(separator: "\n")
            #expect(allIDs.subtracting([nominee.staffID]).allSatisfy { !cells.contains($0) })
        }

        // The units' forms: the recommended units in rank order (the rubric's 公示 order).
        let recommended = results.units.filter { $0.decision == "recommended" }.sorted { $0.rank < $1.rank }.map(\.union)
        let unitForms = try ReadBackWorkbook.read("\(folder)/output/2023/先进基层工会申报审批表.xlsx")
        #expect(unitForms.sheets.map(\.name) == recommended + ["成绩依据"])
        for (unit, sheet) in zip(results.units.filter { $0.decision == "recommended" }.sorted { $0.rank < $1.rank }, unitForms.sheets) {
            #expect(Self.value(after: "单位名称", in: sheet) == unit.union)
            #expect(Self.value(after: "名次", in: sheet) == "第\(unit.rank)名（共\(results.units.count)个单位）")
        }

        // The decision: title, salutation, the awarding sentence, every unit and nominee exactly once.
        let decision = try ReadBackDocument.read("\(folder)/output/2023/表彰决定（草稿）.docx")
        #expect(decision.declaresMainDocument && decision.linksMainDocument && decision.rootIsDocument)
        #expect(Set(decision.parts).isSuperset(of: ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]))
        #expect(decision.title == "关于表彰2023年度先进基层工会和工会工作积极分子的决定")
        #expect(Array(decision.texts.prefix(2)) == ["关于表彰2023年度先进基层工会和工会工作积极分子的决定", "各二级工会："])
        #expect(decision.paragraphs[0].style == "Title")
        #expect(decision.texts[2].contains("决定授予\(recommended[0])等\(recommended.count)个单位“先进基层工会”称号，授予\(results.nominations[0].name)等\(results.nominations.count)名同志“工会工作积极分子”称号。"))
        let unitLines = decision.texts.filter { $0.range(of: #"^\d+\. "#, options: .regularExpression) != nil }
        #expect(unitLines == recommended.enumerated().map { "\($0.offset + 1). \($0.element)" })
        // People: a line per unit ("管理学院分工会（10人）") and its names in a table, five to a row.
        let unitHeadings = decision.texts.filter { $0.hasSuffix("人）") }
        #expect(unitHeadings.count == decision.tables.count)
        var listed: [String] = []
        for (heading, table) in zip(unitHeadings, decision.tables) {
            let unit = String(heading.prefix { $0 != "（" })
            let names = table.flatMap { $0 }.filter { !$0.isEmpty }
            #expect(heading == "\(unit)（\(names.count)人）")
            #expect(table.allSatisfy { $0.count == 5 })
            listed += names.map { "\(unit) \($0)" }
        }
        #expect(listed == results.nominations.map { "\($0.union) \($0.name)" })
        // Issued by the office and dated, before the attachments.
        let attachments = try #require(decision.texts.firstIndex(of: "附件1"))
        #expect(decision.texts[..<attachments].contains("校工会") && decision.texts[..<attachments].contains("2023年12月20日"))

        // Printed: one A4 page per form, nothing under 8 points; the decision prints with its lists.
        let printed = try PrintedPages.print("\(folder)/output/2023/工会工作积极分子推荐审批表.xlsx", into: folder)
        for (nominee, page) in zip(results.nominations, printed.pages) {
            #expect(page.text.contains(nominee.staffID) && page.text.contains("推荐审批表"), "page \(page.number)")
            #expect(page.text.components(separatedBy: "负责人签字").count == 4, "page \(page.number) is not one whole form")
            #expect((page.smallestFontSize ?? 0) >= 8, "page \(page.number)")
        }
        let printedDecision = try PrintedPages.print("\(folder)/output/2023/表彰决定（草稿）.docx", into: folder)
        #expect(printedDecision.pages.count >= 3)
        #expect(printedDecision.pages.allSatisfy { ($0.smallestFontSize ?? 0) >= 8 })
        #expect(printedDecision.pages.last?.text.contains(results.nominations.last!.name) == true)

        // The same --as-of gives the same bytes, the .docx included.
        let again = try CommandLineRunner.run(["papers", "--as-of", "2023-12-20", "--out", "output/again"], in: folder)
        #expect(again.status == 1)
        for paper in Self.papers {
            let first = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/2023/\(paper)"))
            let second = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/again/\(paper)"))
            #expect(first == second, "\(paper) differs between two runs with the same --as-of")
        }
    }
}
