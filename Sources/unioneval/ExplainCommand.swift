import ArgumentParser
import UnionEvalCore

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "逐条说明某个单位的得分，或某人的积极分子得分、资格和推荐结果是怎么来的。")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("要说明的二级工会名称。", valueName: "名称"))
    var unit: String?

    @Option(name: .long, help: ArgumentHelp("要说明的人员工号。", valueName: "工号"))
    var person: String?

    func validate() throws {
        guard (unit == nil) != (person == nil) else {
            throw ValidationError("请用 --unit 名称 或 --person 工号 指定要说明的单位或人员（二者选一）。")
        }
    }

    func run() throws {
        var timer = PhaseTimer()
        // A unit is told record by record from the credits the 计分依据 sheet shows: they are kept.
        let session = try EvaluationSession(
            options: options, timer: &timer, printCriteriaWarnings: false, writesReports: false, keepsRecordTrail: unit != nil)
        let lines: [String]
        if let unit {
            let found = UnitExplanation.union(named: unit, in: session.run.data)
            guard let union = found.union else {
                Console.error(found.problem)
                throw ExitCode(2)
            }
            lines = UnitExplanation.lines(for: union, run: session.run, criteria: session.criteria)
        } else {
            guard let member = session.run.data.members.firstIndex(where: { $0.staffID == person }) else {
                Console.error("会员名册中没有工号“\(person ?? "")”。")
                throw ExitCode(2)
            }
            lines = PersonExplanation.lines(for: member, run: session.run, criteria: session.criteria)
        }
        lines.forEach(Console.out)
    }
}
