import ArgumentParser
import Foundation
import UnionEvalCore
import UnionEvalXlsx

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "年初发给各单位的活动台账模板（下拉列表、日期检查、填写说明、会员名单），以及校工会自己的表格模板。")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("输出目录：台账模板写在其中的 activities 目录，校工会表格写在目录本身。", valueName: "目录"))
    var out: String = "output/templates"

    @Option(name: .long, help: ArgumentHelp("只为这个二级工会生成台账模板（不生成校工会表格）。", valueName: "名称"))
    var unit: String?

    func run() throws {
        var timer = PhaseTimer()
        // Only the units, their members and the criteria are needed: nothing is scored for a report.
        let session = try EvaluationSession(
            options: options, timer: &timer, writesReports: false, scoresPeople: false, keepsRecordTrail: false)
        let data = session.run.data
        // Problems of the roster and the unit list show in the templates (a member missing from 会员名单).
        let rosterFiles = ["unions.", "members."].map { "\(options.inputs)/\($0)" }
        // No ledgers is what January looks like: W-LEDGER-MISSING is not a problem here.
        session.run.diagnostics.filter { diagnostic in
            diagnostic.code != "W-LEDGER-MISSING" && rosterFiles.contains { diagnostic.location.file.hasPrefix($0) }
        }
            .forEach { Console.error($0.formatted) }
        var units = Array(data.unions.indices)
        if let unit {
            let found = UnitExplanation.union(named: unit, in: data)
            guard let union = found.union else {
                Console.error(found.problem)
                throw ExitCode(2)
            }
            units = [union]
        }
        try OutputFolder.create("\(out)/activities", named: out)
        let templates = LedgerTemplates(data: data, criteria: session.criteria)
        let paths: [String]
        do {
            paths = try templates.write(units: units, includesOffice: unit == nil, to: StagedReportFiles(folder: out))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        paths.forEach { Console.out("已生成：\($0)") }
        Console.out(
            "已为 \(units.count) 个二级工会生成活动台账模板"
                + (unit == nil ? "，另有 \(paths.count - units.count) 个校工会表格模板（填好后放入年度输入目录即可）" : "") + "。")
    }
}
