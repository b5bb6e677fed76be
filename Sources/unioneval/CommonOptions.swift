import ArgumentParser

/// Options shared by `run` and `validate`.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("年度输入目录：含 unions.csv、members.csv、activities/ 等。", valueName: "目录"))
    var inputs: String = "inputs/2023"

    @Option(name: .long, help: ArgumentHelp("评分标准文件（YAML）。", valueName: "文件"))
    var criteria: String = "criteria/先进基层工会.yaml"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "历史目录：存放往年输出目录（如 output/2022/results.json），用于核对往年称号和比较上年名次；run 默认为 --out 的上一级目录。",
            valueName: "目录"))
    var history: String?

    @Flag(name: .long, help: "在标准错误输出中打印各阶段耗时（读取、计分、生成报表、写入）。")
    var timings = false
}
