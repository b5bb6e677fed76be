import ArgumentParser
import Foundation
import UnionEvalCore
import UnionEvalXlsx

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "年中检查：按目前交来的台账，列出各单位目前得分、必办活动已完成/待开展/已错过和台账中的问题，每个单位一张可打印的表。")

    @OptionGroup var options: CommonOptions

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("检查日期（如 2023-06-30）：只计此日及以前的记录，按此日判断必办活动是否已错过。", valueName: "日期"))
    var asOf: String

    @Option(name: .long, help: ArgumentHelp("输出目录；不存在时自动创建。", valueName: "目录"))
    var out: String = "output/progress"

    func run() throws {
        let date = try ReproducibleTime.date(asOf, example: "2023-06-30")
        var timer = PhaseTimer()
        var session = try EvaluationSession(
            options: options, timer: &timer, printCriteriaWarnings: false,
            fixedTime: ReproducibleTime(date),
            recordsThrough: date)
        // Progress awards no 称号: whether earlier years' results are at hand does not matter here; and
        // part way through the year, an event nobody has held yet is no sign of a wrong rubric.
        session.run.diagnostics.removeAll { $0.code.hasPrefix("W-HISTORY") || $0.code == ExpectedEvidence.code }
        session.printDiagnostics()
        let report = ProgressReport(
            run: session.run, criteria: session.criteria, asOf: date, setAside: session.setAside, context: session.context)
        try OutputFolder.create(out)
        let path: String
        do {
            path = try report.write(to: StagedReportFiles(folder: out))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        report.summaryLines().forEach(Console.out)
        Console.out("已生成：\(path)")
        if session.run.hasErrors {
            Console.out("注意：交来的台账中有错误，已在各单位的表中列出，请通知各单位改正。")
            throw ExitCode(1)
        }
    }
}
