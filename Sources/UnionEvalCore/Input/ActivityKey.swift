/// What makes two ledger rows "the same activity entered twice": unit, date, category and name.
/// The name enters as a stable hash so the key hashes cheaply; the loader compares the names
/// themselves before calling two rows duplicates.
struct ActivityKey: Hashable {
    var union: Int
    var day: Int
    var category: Int
    var nameHash: UInt64

    init(union: Int, date: CalendarDate, name: String, category: Int) {
        self.union = union
        self.day = date.daysSinceEpoch
        self.category = category
        self.nameHash = ActivityRecord.stableHash(name)
    }
}
