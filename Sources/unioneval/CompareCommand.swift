import ArgumentParser
import Foundation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "对照两次运行的结果（如初稿与定稿、上一年与本年），生成变化对照.xlsx。",
        discussion: "上次、本次为 unioneval run 的输出目录（其中有 results.json）。变化对照.xlsx 写入本次目录，或 --out 指定的目录。")

    @Argument(help: ArgumentHelp("上次运行的输出目录。", valueName: "上次"))
    var old: String

    @Argument(help: ArgumentHelp("本次运行的输出目录。", valueName: "本次"))
    var new: String

    @Option(name: .long, help: ArgumentHelp("变化对照.xlsx 的输出目录；默认为本次运行的目录。", valueName: "目录"))
    var out: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("基准日期（如 2023-12-20）：对照表中写这一天而不写运行时间，生成逐字节相同的文件。", valueName: "日期"))
    var asOf: String?

    func run() throws {
        let time = try ReproducibleTime.resolve(asOf: asOf, environment: ProcessInfo.processInfo.environment)
        if ComparisonOutput.sameFolder(old, new) { Console.error("注意：上次和本次是同一个目录（\(new)），对照结果不会有变化。") }
        let oldSide = try ComparisonOutput.read(old)
        let newSide = try ComparisonOutput.read(new)
        try ComparisonOutput.write(old: oldSide, new: newSide, into: out ?? new, time: time)
    }
}
