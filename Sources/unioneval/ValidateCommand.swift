import ArgumentParser
import UnionEvalCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "只检查输入数据和评分标准，列出全部问题，不生成任何文件。")

    @OptionGroup var options: CommonOptions

    func run() throws {
        var timer = PhaseTimer()
        // Every diagnostic comes from reading, the units' scores and the checks beside them; the people's
        // points are shown only in the nominee list, which validate does not write.
        let session = try EvaluationSession(options: options, timer: &timer, writesReports: false, scoresPeople: false)
        session.printDiagnostics()
        if options.timings { Console.error(timer.summary) }
        if session.run.hasErrors { throw ExitCode(1) }
    }
}
