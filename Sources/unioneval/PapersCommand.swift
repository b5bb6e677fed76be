import ArgumentParser
import Foundation
import UnionEvalCore
import UnionEvalXlsx

/// The papers after the meeting, a command of its own: they are made once the lists are final (the
/// ballot and 公示 objections in the year folder), and the meeting pack `run` writes stays as quick as it is.
struct PapersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "papers",
        abstract: "按最终名单生成会后材料：积极分子推荐审批表、先进基层工会申报审批表、表彰决定（草稿）和近三年获评汇总表。")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("输出目录；不存在时自动创建。", valueName: "目录"))
    var out: String = "output/2023"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("基准日期（如 2023-12-20）：材料上的填表日期和文件时间用这一天，同样的输入生成逐字节相同的文件。", valueName: "日期"))
    var asOf: String?

    func run() throws {
        var timer = PhaseTimer()
        let fixedTime = try ReproducibleTime.resolve(asOf: asOf, environment: ProcessInfo.processInfo.environment)
        let session = try EvaluationSession(options: options, timer: &timer, outputFolder: out, fixedTime: fixedTime, keepsRecordTrail: true)
        session.printDiagnostics()
        try OutputFolder.create(out)
        let paths: [String]
        do {
            paths = try PaperReports.write(session.run, criteria: session.criteria, context: session.context, to: StagedReportFiles(folder: out))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        paths.forEach { Console.out("已生成：\($0)") }
        PaperReports.pending(session.run).forEach(Console.out)
        if session.run.hasErrors {
            Console.out("注意：输入数据有错误（见上），材料按现有数据生成，请核对后再用。")
            throw ExitCode(1)
        }
    }
}
