import ArgumentParser
import UnionEvalCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "只检查输入数据和评分标准，列出全部问题，不生成任何文件。")

    @OptionGroup var options: CommonOptions

    func run() throws {
        var timer = PhaseTimer()
        let session = try EvaluationSession(options: options, timer: &timer, writesReports: false)
        session.printDiagnostics()
        if options.timings { Console.error(timer.summary) }
        if session.run.hasErrors { throw ExitCode(1) }
    }
}
