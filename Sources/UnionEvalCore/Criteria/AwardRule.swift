/// Who is recommended as 先进基层工会: a quota, a minimum total, and tie-breaks for the award line.
public struct AwardRule: Sendable, Hashable {
    public enum Rounding: String, Sendable, Hashable {
        case down, halfUp, up

        public var chineseName: String {
            switch self {
            case .down: return "向下取整"
            case .halfUp: return "四舍五入"
            case .up: return "向上取整"
            }
        }

        /// `numerator / 1000`, rounded this way.
        public func apply(toPermille numerator: Int) -> Int {
            switch self {
            case .down: return numerator / 1000
            case .halfUp: return (numerator + 500) / 1000
            case .up: return (numerator + 999) / 1000
            }
        }
    }

    public enum Quota: Sendable, Hashable {
        /// At most this share of the units (scaled by 1000: 200 is 20%).
        case fraction(permille: Int, rounding: Rounding)
        case count(Int)
    }

    public enum TieBreak: Sendable, Hashable {
        case dimension(Int)
        case indicator(Int)
        case participationRate
    }

    /// In which order the 公示 lists the recommended units.
    public enum NoticeOrder: String, Sendable, Hashable {
        case rank
        case unit
    }

    public var quota: Quota
    public var minimumTotal: Points?
    public var tieBreaks: [TieBreak]
    /// `award.publicity`; nil to use the activists' (the same office puts both up together).
    public var publicity: Publicity?
    public var noticeOrder: NoticeOrder = .rank
    /// When set, a recommended unit must pass the vote in votes.csv (评选 先进基层工会).
    public var votes: VoteRule?
    /// What a place freed by a failed vote or an upheld objection becomes.
    public var vacancy: Vacancy = .keep
    /// Limits on which kinds of units (unions.csv 类别) make up the list: "机关分工会不超过1/4".
    public var composition: [CompositionLimit] = []
    /// The office's words in the 表彰决定 draft (`papers.decision`).
    public var decisionText = DecisionText()
    /// Shortest and longest 主要工作成绩 on a recommended unit's 申报审批表, in characters.
    public var achievementsLength: ClosedRange<Int> = 300...800

    public init(quota: Quota, minimumTotal: Points? = nil, tieBreaks: [TieBreak] = []) {
        self.quota = quota
        self.minimumTotal = minimumTotal
        self.tieBreaks = tieBreaks
    }

    /// Whether a tie-break compares this indicator, or the dimension it belongs to.
    func breaksTies(on indicator: Int, in criteria: Criteria) -> Bool {
        tieBreaks.contains { tieBreak in
            switch tieBreak {
            case .indicator(let index): return index == indicator
            case .dimension(let index): return index == criteria.indicators[indicator].dimension
            case .participationRate: return false
            }
        }
    }

    /// How many units may be recommended out of `unitCount`.
    public func places(forUnitCount unitCount: Int) -> Int {
        switch quota {
        case .count(let count):
            return count
        case .fraction(let permille, let rounding):
            return rounding.apply(toPermille: permille * unitCount)
        }
    }
}
