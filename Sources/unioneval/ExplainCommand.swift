import ArgumentParser
import UnionEvalCore

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "逐条说明某人的积极分子得分、资格和推荐结果是怎么来的。")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("要说明的人员工号。", valueName: "工号"))
    var person: String

    func run() throws {
        var timer = PhaseTimer()
        let session = try EvaluationSession(options: options, timer: &timer, printCriteriaWarnings: false, writesReports: false)
        guard let member = session.run.data.members.firstIndex(where: { $0.staffID == person }) else {
            Console.error("会员名册中没有工号“\(person)”。")
            throw ExitCode(2)
        }
        for line in PersonExplanation.lines(for: member, run: session.run, criteria: session.criteria) {
            Console.out(line)
        }
    }
}
