/// A ledger row that was not scored, kept so the 计分依据 sheet lists every row with its fate.
public struct RejectedLedgerRow: Sendable, Hashable {
    public var union: Int?
    public var file: Int
    public var line: Int
    public var date: String
    public var name: String
    public var category: String
    public var reason: String

    public init(union: Int?, file: Int, line: Int, date: String, name: String, category: String, reason: String) {
        self.union = union
        self.file = file
        self.line = line
        self.date = date
        self.name = name
        self.category = category
        self.reason = reason
    }
}
