import Foundation
import Testing
import WorkbookReadBack

/// Runs the real binary on the bundled demo year and checks what the union office would see.
@Suite(.serialized) struct EvaluationEndToEndTests {
    @Test func runOnTheDemoYearWritesAWorkbookThatAddsUp() throws {
        let folder = try CommandLineRunner.workspace()
        let result = try CommandLineRunner.run(["run"], in: folder)
        // The demo data holds deliberate errors: reports are written, exit status 1.
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("已生成：output/2023/先进基层工会评选结果.xlsx"))
        // The default rubric's composition limit (unions.csv 类别) holds on the demo year, and says so.
        let composition = "先进基层工会名单构成：机关、直属单位分工会不超过25%：推荐 4 个，其中 1 个（至多 1 个），已满足。"
        #expect(result.standardOutput.contains("\n\(composition)\n"))

        // The impossible date is reported at its exact file, line and column.
        let ledger = "inputs/2023/activities/信息工程学院分工会.csv"
        let lines = try String(contentsOfFile: "\(folder)/\(ledger)", encoding: .utf8).components(separatedBy: "\r\n")
        let line = try #require(lines.firstIndex { $0.contains("2023-02-30") }) + 1
        #expect(result.standardError.contains(
            "\(ledger):\(line):2: 错误: 日期不存在（如 2 月 30 日），本行未使用。（原值：2023-02-30） [E-DATE-INVALID]\n"))
        #expect(result.standardError.contains("错误: 未定义的活动类别，本行未使用。是否应为“文化活动”？（原值：文化活功） [E-CATEGORY-UNKNOWN]"))
        #expect(result.standardError.contains("“T99999”既不是会员名册中的工号，也不是名册中的姓名，已忽略。"))

        let workbook = try ReadBackWorkbook.read("\(folder)/output/2023/先进基层工会评选结果.xlsx")
        #expect(workbook.sheets.map(\.name) == ["排名汇总", "排名说明", "指标得分", "指标依据", "总分图表", "维度对比", "计分依据", "数据问题", "评分标准", "单位公示", "说明"])
        let summary = try #require(workbook.sheet("排名汇总"))
        // Every sheet opens with its title and the data date above the table.
        #expect(summary.rows[0][0]?.text == "2023年度先进基层工会评选得分排名表")
        #expect(summary.rows[1][0]?.text?.hasPrefix("数据日期：") == true)
        let header = summary.header
        // The table's rows have a rank; the statements under it (名单构成, 投票, 公示) do not.
        let units = summary.body.filter { $0.first??.number != nil }
        #expect(summary.body.contains { $0.first??.text == composition })
        let unionCount = try String(contentsOfFile: "\(folder)/inputs/2023/unions.csv", encoding: .utf8)
            .split(whereSeparator: \.isNewline).count - 1
        #expect(units.count == unionCount)
        #expect(Set(units.map { $0[1]?.text ?? "" }).count == unionCount)

        // Totals = dimensions + 加分 − 扣分; ranks follow totals and equal totals share a rank.
        let first = try #require(header.firstIndex(of: "思想引领"))
        let bonus = try #require(header.firstIndex(of: "加分"))
        let total = try #require(header.firstIndex(of: "总分"))
        let decision = try #require(header.firstIndex(of: "评选结果"))
        var previous: (rank: Double, total: Double)? = nil
        for (position, row) in units.enumerated() {
            let parts = row[first..<bonus].compactMap { $0?.number }.reduce(0, +)
            let computed = parts + (row[bonus]?.number ?? 0) - (row[bonus + 1]?.number ?? 0)
            let shown = try #require(row[total]?.number)
            #expect(abs(computed - shown) < 0.001, "\(row[1]?.text ?? "")")
            let rank = try #require(row[0]?.number)
            if let previous {
                #expect(shown <= previous.total)
                #expect(rank == (shown == previous.total ? previous.rank : Double(position + 1)))
            } else {
                #expect(rank == 1)
            }
            previous = (rank, shown)
        }
        #expect(summary.formulas[summary.headerIndex + 1][total]?.text?.hasPrefix("=SUM(C4:") == true)

        // Charts: the totals in rank order (recommended bars in red) and the recommended units' profile.
        let charts = try ExternalProcess.run(
            "/usr/bin/env",
            ["python3", "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print('\\n'.join(z.read(n).decode() for n in sorted(z.namelist()) if n.startswith('xl/charts/chart')))",
             "\(folder)/output/2023/先进基层工会评选结果.xlsx"])
        #expect(charts.standardOutput.contains("<c:f>'总分图表'!$C$4:$C$\(unionCount + 3)</c:f>"))
        #expect(charts.standardOutput.contains("<c:f>'总分图表'!$B$4:$B$\(unionCount + 3)</c:f>"))
        #expect(charts.standardOutput.contains("<c:f>'维度对比'!$C$4:$C$8</c:f>"))
        #expect(charts.standardOutput.contains("C00000"))
        let totalsSheet = try #require(workbook.sheet("总分图表"))
        #expect(totalsSheet.body.map { $0[2]?.number } == units.map { $0[total]?.number })

        // 单位公示: the recommended units by rank, names only, with the period and contact of the criteria.
        let notice = try #require(workbook.sheet("单位公示"))
        #expect(notice.rows[0].first??.text == "2023年度拟表彰先进基层工会名单公示")
        let listed = notice.body.prefix { $0[0]?.number != nil }.map { $0[1]?.text ?? "" }
        let byRank = units.filter { $0[decision]?.text == "推荐" }.map { $0[1]?.text ?? "" }
        #expect(listed == byRank)
        let notes = notice.rows.compactMap { $0.first??.text }
        #expect(notes.contains("经评审委员会评审、校工会审定，拟表彰以上 \(byRank.count) 个先进基层工会，现予以公示。"))
        #expect(notes.contains("公示期：2023年12月18日至2023年12月22日（5个工作日）。"))
        #expect(notes.contains("联系方式：校工会办公室，电话 023-49200000"))

        // The award stays within the quota; the vetoed unit is ranked but not recommended.
        let results = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: "\(folder)/output/2023/results.json"))) as! [String: Any]
        let places = results["places"] as! Int
        let recommended = units.filter { $0[decision]?.text == "推荐" }
        #expect(recommended.count <= places && recommended.count > 0)
        let vetoColumn = try #require(header.firstIndex(of: "否决"))
        let vetoed = units.filter { $0[vetoColumn]?.text == "是" }
        #expect(vetoed.count == 1)
        #expect(vetoed.allSatisfy { $0[decision]?.text == "—" })
        // The ranking is one line a unit; why it was vetoed is on 排名说明, beside the unit.
        let notesSheet = try #require(workbook.sheet("排名说明"))
        let (noteUnit, noteTopic, noteText) = (
            try #require(notesSheet.column("二级工会")), try #require(notesSheet.column("事项")), try #require(notesSheet.column("说明"))
        )
        for unit in vetoed {
            let reasons = notesSheet.body.filter { $0[noteUnit]?.text == unit[1]?.text && $0[noteTopic]?.text == "否决原因" }
            #expect(reasons.count == 1 && (reasons.first?[noteText]?.text?.count ?? 0) > 4)
        }

        // The accounting line: rows read = rows used + rows reported, per file and in total.
        let about = try #require(workbook.sheet("说明"))
        #expect(about.header.first == "项目")
        let fileRows = about.rows.filter { $0[0]?.text == "输入文件" }
        #expect(fileRows.count > 20)
        for row in fileRows {
            #expect(row[5]?.number == (row[6]?.number ?? -1) + (row[7]?.number ?? -1), "\(row[1]?.text ?? "")")
        }
        let totals = try #require(about.rows.first { $0[0]?.text == "合计" })
        #expect(totals[5]?.number == fileRows.compactMap { $0[5]?.number }.reduce(0, +))
        #expect(totals[5]?.number == (totals[6]?.number ?? 0) + (totals[7]?.number ?? 0))
        let accounting = results["accounting"] as! [String: Any]
        #expect(Double(accounting["rowsRead"] as! Int) == totals[5]?.number)

        // Every ledger row has a line on 计分依据, used or not.
        let ledgerRows = fileRows.filter { $0[2]?.text == "活动台账" }.compactMap { $0[5]?.number }.reduce(0, +)
        let evidence = try #require(workbook.sheet("计分依据"))
        #expect(Double(evidence.body.count) == ledgerRows)
        #expect(evidence.rows.contains { $0[10]?.text?.contains("重复记录") == true })

        let problems = try #require(workbook.sheet("数据问题"))
        let problemColumns = problems.header
        let code = try #require(problemColumns.firstIndex(of: "代码"))
        let row = try #require(problemColumns.firstIndex(of: "行"))
        let column = try #require(problemColumns.firstIndex(of: "列"))
        #expect(problems.rows.contains { $0[code]?.text == "E-DATE-INVALID" && $0[row]?.number == Double(line) && $0[column]?.number == 2 })
        #expect(summary.freeze == "A4" && summary.printTitles == "$3:$3" && summary.orientation == "landscape")
        #expect(summary.pageHeader == "2023年度先进基层工会评选得分排名表")
        #expect(summary.footerLeft?.hasPrefix("数据日期：") == true)
    }

    @Test func renamingALedgerWithAUnitColumnChangesNoScore() throws {
        let folder = try CommandLineRunner.workspace()
        _ = try CommandLineRunner.run(["run", "--out", "before"], in: folder)
        let activities = "\(folder)/inputs/2023/activities"
        try FileManager.default.moveItem(atPath: "\(activities)/管理学院分工会.csv", toPath: "\(activities)/2023台账-最终版.csv")
        _ = try CommandLineRunner.run(["run", "--out", "after"], in: folder)
        let scores = { (out: String) throws -> [String] in
            let results = try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(out)/results.json"))) as! [String: Any]
            return (results["units"] as! [[String: Any]]).map { "\($0["union"]!)=\($0["total"]!)" }
        }
        #expect(try scores("before") == scores("after"))
    }

    @Test func validateChecksEverythingAndWritesNothing() throws {
        let folder = try CommandLineRunner.workspace()
        let result = try CommandLineRunner.run(["validate"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("检查完成：错误 2 个"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/output"))
    }

    @Test func brokenCriteriaExitWithStatusTwoAndEveryProblem() throws {
        let folder = try CommandLineRunner.workspace()
        try "title: x\ntotal: 10\ncategories: [a]\ndimensions:\n  - id: A\n    name: 甲\n    colour: red\n"
            .write(toFile: "\(folder)/bad.yaml", atomically: true, encoding: .utf8)
        let result = try CommandLineRunner.run(["run", "--criteria", "bad.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("bad.yaml:7:5: 错误: 未知的键“dimensions[0].colour”"))
        #expect(result.standardError.contains("bad.yaml:2:8: 错误: 各指标满分之和为 0.0，与声明的总分 10.0 不一致。"))
        #expect(result.standardError.contains("缺少“award”"))
        #expect(result.standardError.hasSuffix("评分标准文件有 3 个错误，无法计分。\n"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/output"))
    }

    @Test func unusableArgumentsExitWithStatusTwo() throws {
        let folder = try CommandLineRunner.workspace()
        let unknown = try CommandLineRunner.run(["run", "--colour"], in: folder)
        #expect(unknown.status == 2)
        let missing = try CommandLineRunner.run(["run", "--inputs", "nowhere"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.standardError == "找不到输入目录：nowhere\n")
        let help = try CommandLineRunner.run(["run", "--help"], in: folder)
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("年度输入目录"))
    }
}
