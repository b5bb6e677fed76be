/// One ledger row that passed validation, held as plain integers: its activity name is interned in
/// `YearData.activityNames` and its ID lists live in `YearData.memberPool`, so a million records take
/// a few dozen megabytes and copying one costs no reference counting.
public struct ActivityRecord: Sendable, Hashable {
    private var storedUnion: Int32
    private var storedFile: Int32
    private var storedLine: Int32
    /// Days since 1970-01-01: ordering and windows need nothing else.
    public private(set) var day: Int32
    /// Index into `YearData.activityNames`.
    public var nameID: Int32
    private var storedCategory: Int32
    public var level: ActivityLevel
    /// The date's month and day of month, which windows test on every record and indicator.
    private var storedMonth: UInt8
    private var storedDayOfMonth: UInt8
    private var storedOutcome: Int32
    private var storedDeclaredParticipants: Int32
    /// Where this record's organisers start in `YearData.memberPool`; its participants follow them.
    var poolStart: Int
    var organizerCount: Int32
    var participantCount: Int32

    /// Index into `YearData.unions`.
    public var union: Int { Int(storedUnion) }
    /// Index into `YearData.files` (into the file's own tables until the file is merged).
    public internal(set) var file: Int {
        get { Int(storedFile) }
        set { storedFile = Int32(newValue) }
    }
    public var line: Int { Int(storedLine) }
    public var date: CalendarDate { CalendarDate(daysSinceEpoch: Int(day)) }
    /// Index into `Criteria.categories`.
    public var category: Int { Int(storedCategory) }
    /// Index into `Criteria.outcomes`.
    public var outcome: Int? { storedOutcome < 0 ? nil : Int(storedOutcome) }
    public var declaredParticipants: Int? { storedDeclaredParticipants < 0 ? nil : Int(storedDeclaredParticipants) }
    public var hasOutcome: Bool { storedOutcome >= 0 }
    /// The outcome index, -1 when there is none.
    var outcomeIndex: Int { Int(storedOutcome) }
    var month: Int { Int(storedMonth) }
    var dayOfMonth: Int { Int(storedDayOfMonth) }

    /// `organizers` and `participants` are counts of member indices stored at `poolStart` in the
    /// owning pool, organisers first.
    init(
        union: Int, file: Int, line: Int, date: CalendarDate, name: Int32, category: Int, level: ActivityLevel,
        outcome: Int?, declaredParticipants: Int?, poolStart: Int, organizers: Int, participants: Int
    ) {
        storedUnion = Int32(union)
        storedFile = Int32(file)
        storedLine = Int32(line)
        day = Int32(date.daysSinceEpoch)
        storedMonth = UInt8(date.month)
        storedDayOfMonth = UInt8(date.day)
        nameID = name
        storedCategory = Int32(category)
        self.level = level
        storedOutcome = Int32(outcome ?? -1)
        storedDeclaredParticipants = Int32(declaredParticipants ?? -1)
        self.poolStart = poolStart
        organizerCount = Int32(organizers)
        participantCount = Int32(participants)
    }
}
