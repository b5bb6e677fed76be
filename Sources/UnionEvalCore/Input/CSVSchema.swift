/// The columns a kind of CSV file is expected to have. Names are matched after trimming spaces.
public struct CSVSchema: Sendable {
    public struct Column: Sendable {
        public var name: String
        public var aliases: [String]
        public var isRequired: Bool

        public init(_ name: String, aliases: [String] = [], required: Bool = false) {
            self.name = name
            self.aliases = aliases
            self.isRequired = required
        }
    }

    public var columns: [Column]

    public init(_ columns: [Column]) { self.columns = columns }

    /// Position of a column in the schema (not in a file). Asking for a column the schema does
    /// not define is a programming error.
    public func ordinal(of name: String) -> Int {
        guard let ordinal = columns.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("column \(name) is not in the schema")
        }
        return ordinal
    }
}
