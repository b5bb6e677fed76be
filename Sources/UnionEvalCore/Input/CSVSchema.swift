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
}
