/// What makes two ledger rows "the same activity entered twice": unit, date, category and name.
/// Names are interned, so the key is four integers.
struct ActivityKey: Hashable {
    var union: Int32
    var day: Int32
    var category: Int32
    var name: Int32

    init(_ record: ActivityRecord) {
        union = Int32(record.union)
        day = record.day
        category = Int32(record.category)
        name = record.nameID
    }
}
