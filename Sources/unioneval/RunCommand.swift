import ArgumentParser
import Foundation
import Synchronization
import UnionEvalCore
import UnionEvalXlsx

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "计分、排名并生成评选结果工作簿和 results.json。")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("输出目录；不存在时自动创建。", valueName: "目录"))
    var out: String = "output/2023"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "基准日期（如 2023-12-20）：报告中写这一天而不写运行时间，同样的输入和评分标准生成逐字节相同的文件。也可用环境变量 SOURCE_DATE_EPOCH。",
            valueName: "日期"))
    var asOf: String?

    func run() throws {
        var timer = PhaseTimer()
        let fixedTime = try ReproducibleTime.resolve(asOf: asOf, environment: ProcessInfo.processInfo.environment)
        // People are scored beside the evaluation workbook, which needs only the units' scores: the
        // workbook is the long part of a run, and the other core is free while it is written.
        var session = try EvaluationSession(
            options: options, timer: &timer, scoresPeople: false, outputFolder: out, fixedTime: fixedTime)
        // The member ID lists stay only with the people's scoring, which lets them go when it is done;
        // reports never read them, and at a million records they are the largest thing in memory.
        let withMemberLists = Mutex<YearData?>(session.run.data)
        session.run.data.discardMemberPool()
        let reportContext = session.context
        let unitsRun = session.run
        session.printDiagnostics()
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            Console.error("无法创建输出目录 \(out)：\(error.localizedDescription)")
            throw ExitCode(2)
        }
        let report = EvaluationReport(run: unitsRun, criteria: session.criteria, context: reportContext)
        // Gains its nomination from the side thread.
        var run = unitsRun
        do {
            let criteria = session.criteria
            // All three files are committed together: a failure anywhere leaves every previous report as it was.
            // The large evaluation workbook is written here, its rows made ready on the other core; the people's
            // scoring, the activists workbook and then results.json follow one another on a side thread, so
            // their working memory is never needed at the same time.
            let outputs = StagedOutputs()
            let folder = out
            let side = SideThread { () throws -> (paths: [String], nomination: ActivistNomination?) in
                let nomination = Self.nominate(unitsRun, from: withMemberLists, criteria: criteria)
                var paths: [String] = []
                if let nomination {
                    let activists = ActivistReport(
                        data: unitsRun.data, criteria: criteria, nomination: nomination, diagnostics: unitsRun.diagnostics,
                        context: reportContext)
                    paths.append(
                        try ReportWorkbookWriter.stage(activists.workbook(), inFolder: folder, outputs: outputs, preparesRowsAhead: false))
                }
                let results = ResultsDocument(run: unitsRun, criteria: criteria, context: reportContext, nomination: nomination)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let jsonPath = "\(folder)/results.json"
                var json = try encoder.encode(results)
                json.append(0x0A)
                try outputs.stage(json, to: jsonPath)
                paths.append(jsonPath)
                let feedback = UnitFeedbackReport(run: unitsRun, criteria: criteria, context: reportContext)
                paths.append(try ReportWorkbookWriter.stage(feedback.workbook(), inFolder: folder, outputs: outputs, preparesRowsAhead: false))
                return (paths, nomination)
            }
            // Both finish before anything is committed or thrown, whichever fails.
            let evaluationPaths = Result { [try ReportWorkbookWriter.stage(report.workbook(), inFolder: folder, outputs: outputs)] }
            let sideResult = Result { try side.value() }
            let written: [String]
            do {
                written = try evaluationPaths.get() + sideResult.get().paths
                run.nomination = try sideResult.get().nomination
            } catch {
                // Now, not when the last closure that holds `outputs` happens to go.
                outputs.discard()
                throw error
            }
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
        for (scale, result) in zip(session.criteria.gradeScales, run.grading.scales) {
            let counts = scale.rules.indices.map { grade in "\(scale.rules[grade].name) \(result.units.count { $0.grade == grade }) 个" }
            let vacant = result.vacant.map { "“\(scale.rules[$0].name)”本年度空缺" }
            Console.out("\(scale.kind.label)：\(counts.joined(separator: "，"))\(vacant.isEmpty ? "" : "；" + vacant.joined(separator: "，"))。")
        }
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

    /// Takes the data with its member ID lists out of `holder`, so they are freed as soon as the people
    /// are scored, and nominates.
    private static func nominate(
        _ run: EvaluationRun, from holder: borrowing Mutex<YearData?>, criteria: Criteria
    ) -> ActivistNomination? {
        guard let data = holder.withLock({ $0.take() }) else { return nil }
        return run.nominate(from: data, criteria: criteria)
    }
}
