/// Facts about this run that the shell knows and the report must show.
public struct RunContext: Sendable {
    public var runTime: String
    public var criteriaPath: String
    public var criteriaSHA256: String
    public var inputFolder: String
    /// `run --as-of` (or SOURCE_DATE_EPOCH): the date the outputs state instead of the time of the run,
    /// in seconds since 1970 (UTC); the same inputs then give byte-identical outputs.
    public var asOf: Int?
    /// The evaluation year's days when it does not start on 1 January ("2022年12月1日至2023年11月30日"),
    /// so that a sheet titled "2023年度" says which twelve months it counts.
    public var evaluationPeriod: String?

    public init(runTime: String, criteriaPath: String, criteriaSHA256: String, inputFolder: String) {
        self.runTime = runTime
        self.criteriaPath = criteriaPath
        self.criteriaSHA256 = criteriaSHA256
        self.inputFolder = inputFolder
    }

    /// The line under every sheet's title: the data date (the `--as-of` date, or the time of the run),
    /// the evaluation year's days when they are not the calendar year's, and the folder read.
    public var caption: String {
        "数据日期：\(runTime)　" + (evaluationPeriod.map { "评选年度：\($0)　" } ?? "") + "输入目录：\(inputFolder)"
    }

    /// The date papers are dated with, as Chinese documents write it: "2023年12月20日".
    public var paperDate: String {
        let parts = runTime.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return runTime }
        return "\(parts[0])年\(parts[1])月\(parts[2])日"
    }
}
