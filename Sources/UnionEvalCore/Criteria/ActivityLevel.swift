/// The level at which an activity or award took place: its rank in the rubric's list of levels,
/// lowest first, so that the order decides "highest level". The list is the criteria's (`levels`), by
/// default the university's six (`LevelVocabulary.university`).
public struct ActivityLevel: Sendable, Hashable, Comparable {
    /// One byte: every ledger record holds a level, and a million records are copied per unit when scored.
    private let rank: UInt8

    public var rawValue: Int { Int(rank) }

    /// `rawValue` is the rank in the rubric's list; a list holds at most 256 levels (the parser checks).
    public init(rawValue: Int) { rank = UInt8(clamping: rawValue) }

    /// The lowest level, a unit's own: what a record without 级别 is taken to be.
    public static let lowest = ActivityLevel(rawValue: 0)

    // The university's six, by rank in `LevelVocabulary.university`.
    public static let college = ActivityLevel(rawValue: 0)
    public static let school = ActivityLevel(rawValue: 1)
    public static let district = ActivityLevel(rawValue: 2)
    public static let city = ActivityLevel(rawValue: 3)
    public static let province = ActivityLevel(rawValue: 4)
    public static let national = ActivityLevel(rawValue: 5)

    public static func < (lhs: ActivityLevel, rhs: ActivityLevel) -> Bool { lhs.rank < rhs.rank }
}
