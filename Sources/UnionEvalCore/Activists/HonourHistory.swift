/// Who was on the final list of people honoured in the evaluation years before this one, from earlier
/// runs' results.json, by staff ID: a person is the same across years whatever their unit then. Read for
/// `not_awarded_within_years` (近三年获评的不再推荐) and the 近三年获评名单 sheet. A year whose list is
/// not at hand is `missing`: never taken as "nobody was honoured".
public struct HonourHistory: Sendable {
    public struct Award: Sendable, Hashable {
        public var year: Int
        public var honour: History.Honour
    }

    /// The earlier years looked at, oldest first.
    public let years: [Int]
    /// Of `years`, those without a final list: no results.json, or one from a run that nominated nobody.
    public let missing: [Int]
    /// Staff ID → the years they were honoured in, oldest first.
    public let awards: [String: [Award]]

    /// The `count` evaluation years before `year` (none when the rubric names no year).
    public init(history: History, before year: Int?, count: Int) {
        let years = year.map { Array(($0 - max(count, 0))..<$0) } ?? []
        var missing: [Int] = []
        var awards: [String: [Award]] = [:]
        for earlier in years {
            guard let honours = history.years[earlier]?.honours else {
                missing.append(earlier)
                continue
            }
            for (staffID, honour) in honours { awards[staffID, default: []].append(Award(year: earlier, honour: honour)) }
        }
        self.years = years
        self.missing = missing
        self.awards = awards
    }

    /// The years `not_awarded_within_years` looks at (none when the rubric allows repeats).
    public init(checking rules: ActivistRules, history: History, year: Int?) {
        self.init(history: history, before: year, count: rules.notAwardedWithinYears ?? 0)
    }

    /// The two years before this one: with this year's list, the 近三年获评名单 the higher union asks for.
    public static let summaryYears = 2

    /// "2021、2022年" for the years given.
    static func yearsText(_ years: [Int]) -> String { years.map(String.init).joined(separator: "、") + "年" }

    /// One warning per year `not_awarded_within_years` needs and the history lacks: that year is not
    /// checked, and the candidates list says so.
    public func missingYearWarnings(rules: ActivistRules, folder: String?) -> [Diagnostic] {
        guard let within = rules.notAwardedWithinYears else { return [] }
        var log = DiagnosticLog()
        let place = folder.map { "历史目录 \($0) " } ?? "历史目录（run --history）"
        for year in missing {
            log.warning(
                "W-HISTORY-MISSING", at: SourceLocation(file: folder ?? "results.json"), raw: "\(year)",
                "“近 \(within) 年已获评\(rules.title)的不再推荐”需要 \(year) 年的最终名单，但\(place)中没有 \(year) 年含推荐名单的 results.json："
                    + "\(year) 年未核对（不当作未获评），“候选人明细”中注明；请把 \(year) 年的输出目录放入历史目录后重新运行。")
        }
        return log.diagnostics
    }
}
