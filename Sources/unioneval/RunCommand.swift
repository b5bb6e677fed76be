import ArgumentParser
import Foundation
import UnionEvalCore
import UnionEvalXlsx

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "计分、排名并生成评选结果工作簿、各单位得分反馈和 results.json。")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("输出目录；不存在时自动创建。", valueName: "目录"))
    var out: String = "output/2023"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "基准日期（如 2023-12-20）：报告中写这一天而不写运行时间，同样的输入和评分标准生成逐字节相同的文件。也可用环境变量 SOURCE_DATE_EPOCH。",
            valueName: "日期"))
    var asOf: String?

    @Option(
        name: .customLong("compare-with"),
        help: ArgumentHelp("与之前一次运行的输出目录对照，在输出目录中另生成变化对照.xlsx（可与 --out 相同）。", valueName: "目录"))
    var compareWith: String?

    func run() throws {
        var timer = PhaseTimer()
        let fixedTime = try ReproducibleTime.resolve(asOf: asOf, environment: ProcessInfo.processInfo.environment)
        // Read first: the earlier run may be in the folder this run writes over.
        var earlier = try compareWith.map(ComparisonOutput.read)
        if let compareWith, ComparisonOutput.sameFolder(compareWith, out) { earlier?.folder = "\(compareWith)（本次运行前）" }
        // Units only: the people are scored beside the evaluation workbook (see `RunReports`).
        var session = try EvaluationSession(
            options: options, timer: &timer, scoresPeople: false, outputFolder: out, fixedTime: fixedTime)
        let memberLists = session.run.handOverMemberLists()
        session.printDiagnostics()
        try OutputFolder.create(out)
        let written: RunReports.Written
        do {
            written = try RunReports.write(
                session.run, memberLists: memberLists, criteria: session.criteria, context: session.context,
                to: StagedReportFiles(folder: out))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        timer.mark("写入")
        written.paths.forEach { Console.out("已生成：\($0)") }
        if options.timings { Console.error(timer.summary) }
        RunSummary.lines(session.run, nomination: written.nomination, criteria: session.criteria).forEach(Console.out)
        if let earlier {
            try ComparisonOutput.write(old: earlier, new: try ComparisonOutput.read(out), into: out, time: fixedTime)
        }
        if session.run.hasErrors { throw ExitCode(1) }
    }
}
