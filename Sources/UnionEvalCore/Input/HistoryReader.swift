import Foundation

/// Reads earlier runs' results.json into `History`, reporting each file it cannot use by name.
public enum HistoryReader {
    /// The part of results.json history needs; files of any later version decode as long as these stay.
    private struct EarlierResults: Decodable {
        struct Unit: Decodable {
            var union: String
            var rank: Int
            var total: Points
            var decision: AwardDecision?
            var grade: String?
            var title: String?
        }

        struct Nominee: Decodable {
            var union: String
            var staffID: String
            var name: String
        }

        var year: Int?
        var title: String?
        var units: [Unit]
        /// The final list of people and what they were called (files before issue 22 name no title).
        var nominations: [Nominee]?
        var activistTitle: String?
    }

    /// `files` are the results.json files found in `folder`; `currentYear` is this run's year. Results
    /// of this year or later are passed over, with a warning when `reportsLaterYears` (a folder the user
    /// named) and silently in a folder found by default, where this year's other runs sit beside the output.
    public static func read(
        _ files: [InputFile], folder: String, currentYear: Int?, reportsLaterYears: Bool = true, log: inout DiagnosticLog
    ) -> History {
        var history = History(folder: folder)
        for file in files {
            let location = SourceLocation(file: file.path)
            let results: EarlierResults
            do {
                results = try JSONDecoder().decode(EarlierResults.self, from: Data(try file.readBytes()))
            } catch {
                log.error(
                    "E-HISTORY-FILE", at: location,
                    "往年评选结果文件无法读取（不是本工具生成的 results.json，或已损坏），未使用：\(error)")
                continue
            }
            guard let year = results.year else {
                log.warning("W-HISTORY-YEAR", at: location, "往年评选结果中没有年度（评分标准未写 year），无法确定是哪一年的结果，未使用。")
                continue
            }
            if let currentYear, year >= currentYear {
                guard reportsLaterYears else { continue }
                log.warning(
                    "W-HISTORY-YEAR", at: location, raw: "\(year)",
                    "这是 \(year) 年的评选结果，不早于本次评选年度 \(currentYear) 年，不作为往年结果使用。")
                continue
            }
            if let earlier = history.years[year] {
                log.error(
                    "E-HISTORY-DUPLICATE", at: location, raw: "\(year)",
                    "\(year) 年的评选结果有两份：\(earlier.file) 和本文件；只使用了前者。请删除或移走不用的那一份。")
                continue
            }
            var units: [String: History.UnitResult] = [:]
            for unit in results.units {
                units[unit.union] = History.UnitResult(
                    rank: unit.rank, total: unit.total, grade: unit.grade, title: unit.title,
                    awarded: unit.decision == .recommended)
            }
            var earlier = History.Year(year: year, file: file.path, units: units)
            earlier.title = results.title
            earlier.honours = results.nominations.map { nominees in
                Dictionary(nominees.map {
                    ($0.staffID, History.Honour(name: $0.name, union: $0.union, title: results.activistTitle ?? "工会工作积极分子"))
                }, uniquingKeysWith: { first, _ in first })
            }
            history.years[year] = earlier
        }
        return history
    }

    /// Warnings about history that does not fit this run: results of another evaluation (its title,
    /// without the year, differs) and earlier units no longer in unions.csv (renamed or merged), whose
    /// titles this year's units then cannot inherit. Said once per file.
    public static func mismatches(of history: History, unions: [String], title: String) -> [Diagnostic] {
        var log = DiagnosticLog()
        let current = Set(unions)
        for year in history.years.keys.sorted() {
            let earlier = history.years[year]!
            if let earlierTitle = earlier.title, withoutYear(earlierTitle) != withoutYear(title) {
                log.warning(
                    "W-HISTORY-TITLE", at: SourceLocation(file: earlier.file), raw: earlierTitle,
                    "往年结果的评选名称“\(earlierTitle)”与本次“\(title)”不同，请确认是同一项评选的结果；已照常使用。")
            }
            let gone = earlier.units.keys.filter { !current.contains($0) }.sorted()
            if !gone.isEmpty {
                log.warning(
                    "W-HISTORY-UNIT", at: SourceLocation(file: earlier.file),
                    "\(year) 年结果中的以下单位不在本年度名单中（可能已更名或合并），其往年等次和称号不会转到新名称上：\(gone.joined(separator: "、"))。")
            }
        }
        return log.diagnostics
    }

    /// "2023年度二级工会工作考核" → "二级工会工作考核".
    private static func withoutYear(_ title: String) -> String {
        var rest = Substring(title.trimmingWhitespace())
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4 else { return String(rest) }
        rest = rest.dropFirst(4)
        if rest.hasPrefix("年度") { rest = rest.dropFirst(2) } else if rest.hasPrefix("年") { rest = rest.dropFirst() }
        return String(rest)
    }
}
