/// Results of earlier years, from the results.json of earlier runs: what prerequisite titles and
/// "连续 N 年" conditions are checked against, and what this year's ranking is compared with.
public struct History: Sendable {
    /// One unit's result in an earlier year.
    public struct UnitResult: Sendable, Hashable {
        public var rank: Int
        public var total: Points
        /// The 等次 and the 称号 the unit got that year.
        public var grade: String?
        public var title: String?
        public var awarded: Bool

        public init(rank: Int, total: Points, grade: String? = nil, title: String? = nil, awarded: Bool = false) {
            self.rank = rank
            self.total = total
            self.grade = grade
            self.title = title
            self.awarded = awarded
        }

        /// Whether the unit held this 等次 or 称号.
        public func held(_ name: String) -> Bool { grade == name || title == name }
    }

    /// One person on a year's final list of 工会工作积极分子 (or whatever the rubric called them).
    public struct Honour: Sendable, Hashable {
        public var name: String
        /// The unit they were in that year.
        public var union: String
        public var title: String

        public init(name: String, union: String, title: String) {
            self.name = name
            self.union = union
            self.title = title
        }
    }

    public struct Year: Sendable {
        public var year: Int
        /// The results.json it came from, for the reports.
        public var file: String
        /// By unit name.
        public var units: [String: UnitResult]
        /// The evaluation's title that year, when the file gives it.
        public var title: String?
        /// The final list of people honoured that year, by staff ID; nil when that run nominated nobody
        /// (its rubric had no `activists`), which is not the same as an empty list.
        public var honours: [String: Honour]?

        public init(year: Int, file: String, units: [String: UnitResult]) {
            self.year = year
            self.file = file
            self.units = units
        }
    }

    public var years: [Int: Year] = [:]
    /// Where earlier results were looked for, for messages; nil when no folder was given or found.
    public var folder: String?

    /// The results of the year before `year`, when there are any (and `year` is known).
    public func year(before year: Int?) -> Year? {
        year.flatMap { years[$0 - 1] }
    }

    public init(years: [Int: Year] = [:], folder: String? = nil) {
        self.years = years
        self.folder = folder
    }
}
