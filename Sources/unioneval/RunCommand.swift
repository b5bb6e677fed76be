import ArgumentParser
import Foundation
import UnionEvalCore
import UnionEvalXlsx

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "计分、排名并生成评选结果工作簿和 results.json。")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("输出目录；不存在时自动创建。", valueName: "目录"))
    var out: String = "output/2023"

    func run() throws {
        var timer = PhaseTimer()
        let session = try EvaluationSession(options: options, timer: &timer)
        let reportContext = session.context
        let run = session.run
        session.printDiagnostics()
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            Console.error("无法创建输出目录 \(out)：\(error.localizedDescription)")
            throw ExitCode(2)
        }
        let report = EvaluationReport(
            data: run.data, criteria: session.criteria, evaluation: run.evaluation, ranking: run.ranking,
            diagnostics: run.diagnostics, context: reportContext)
        do {
            let criteria = session.criteria
            // All three files are committed together: a failure anywhere leaves every previous report as it was.
            // The two workbooks and results.json are made at the same time, on all cores.
            let outputs = StagedOutputs()
            let folder = out
            var tasks: [@Sendable () throws -> String] = [
                { try ReportWorkbookWriter.stage(report.workbook(), inFolder: folder, outputs: outputs) }
            ]
            if let nomination = run.nomination {
                tasks.append {
                    let activists = ActivistReport(
                        data: run.data, criteria: criteria, nomination: nomination, diagnostics: run.diagnostics,
                        context: reportContext)
                    return try ReportWorkbookWriter.stage(activists.workbook(), inFolder: folder, outputs: outputs)
                }
            }
            tasks.append {
                let results = ResultsDocument(
                    data: run.data, criteria: criteria, evaluation: run.evaluation, ranking: run.ranking,
                    diagnostics: run.diagnostics, context: reportContext, nomination: run.nomination)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let jsonPath = "\(folder)/results.json"
                try outputs.stage(Array(try encoder.encode(results)) + [0x0A], to: jsonPath)
                return jsonPath
            }
            let outputTasks = tasks
            let paths = ParallelResults<String>(count: outputTasks.count)
            DispatchQueue.concurrentPerform(iterations: outputTasks.count) { index in
                paths.set(index, Result { try outputTasks[index]() })
            }
            let written = try paths.values()
            try outputs.commit()
            timer.mark("写入")
            written.forEach { Console.out("已生成：\($0)") }
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        if options.timings { Console.error(timer.summary) }
        let recommended = run.ranking.standings.filter { $0.decision == .recommended }.count
        let committee = run.ranking.standings.filter { $0.decision == .committee }.count
        let committeeText = committee > 0 ? "，另有 \(committee) 个单位同分跨线，待委员会裁定" : ""
        Console.out("先进基层工会：名额 \(run.ranking.places) 个，推荐 \(recommended) 个\(committeeText)。")
        if let nomination = run.nomination {
            let tied = nomination.quotas.reduce(0) { $0 + $1.tied }
            let tiedText = tied > 0 ? "，另有 \(tied) 人并列待定，由所在单位确定" : ""
            Console.out("\(nomination.rules.title)：推荐 \(nomination.nominees.count) 人\(tiedText)。")
        }
        if run.hasErrors {
            Console.out("注意：输入数据有错误，报告已生成并在“数据问题”表中标明，请核对后再定稿。")
            throw ExitCode(1)
        }
    }
}
