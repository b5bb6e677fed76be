import ArgumentParser
import Foundation

@main
struct UnionEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unioneval",
        abstract: "工会评优：读取各二级工会活动台账，按评分标准计分、排名，生成先进基层工会评选结果和工会工作积极分子推荐名单。",
        discussion: """
            退出状态：0 = 无错误（可能有警告）；1 = 数据有错误（run 仍会生成报告，并在报告中标明）；\
            2 = 参数或评分标准文件不可用。
            """,
        subcommands: [RunCommand.self, ValidateCommand.self, ExplainCommand.self, TemplateCommand.self, ProgressCommand.self, PapersCommand.self, CompareCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// ArgumentParser exits 64 on bad arguments; the contract says 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if error is ExitCode == false, code.rawValue == 64 || code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
