/// What makes two ledger rows "the same activity entered twice".
struct ActivityKey: Hashable {
    var union: Int
    var date: CalendarDate
    var name: String
    var category: Int
}
