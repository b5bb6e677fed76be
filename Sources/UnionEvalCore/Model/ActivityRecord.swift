/// One ledger row that passed validation. Text that scoring never needs is not kept.
public struct ActivityRecord: Sendable, Hashable {
    /// Index into `YearData.unions`.
    public var union: Int
    /// Index into `YearData.files`.
    public var file: Int
    public var line: Int
    public var date: CalendarDate
    public var name: String
    /// Index into `Criteria.categories`.
    public var category: Int
    public var level: ActivityLevel
    /// Index into `Criteria.outcomes`.
    public var outcome: Int?
    public var declaredParticipants: Int?
    /// Indices into `YearData.members`.
    public var organizers: [Int32]
    public var participants: [Int32]

    public init(
        union: Int, file: Int, line: Int, date: CalendarDate, name: String, category: Int,
        level: ActivityLevel = .college, outcome: Int? = nil, declaredParticipants: Int? = nil,
        organizers: [Int32] = [], participants: [Int32] = []
    ) {
        self.union = union
        self.file = file
        self.line = line
        self.date = date
        self.name = name
        self.category = category
        self.level = level
        self.outcome = outcome
        self.declaredParticipants = declaredParticipants
        self.organizers = organizers
        self.participants = participants
    }
}
