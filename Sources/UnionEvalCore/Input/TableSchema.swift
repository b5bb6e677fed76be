/// The columns a kind of input table is expected to have, each with the wordings offices use for it.
/// Header cells are compared after `HeaderName.normalized`.
public struct TableSchema: Sendable {
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
    /// Normalised name or alias → schema ordinal.
    private var lookup: [String: Int] = [:]

    public init(_ columns: [Column]) {
        self.columns = columns
        rebuildLookup()
    }

    /// Position of a column in the schema (not in a file). Asking for a column the schema does
    /// not define is a programming error.
    public func ordinal(of name: String) -> Int {
        guard let ordinal = columns.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("column \(name) is not in the schema")
        }
        return ordinal
    }

    /// The schema column a header cell names, if any.
    public func ordinal(forHeader text: String) -> Int? { lookup[HeaderName.normalized(text)] }

    /// The schema with more wordings for its columns (from the criteria file's `columns`). Wordings for
    /// columns this schema lacks are ignored: one `columns` table serves every kind of file.
    public func addingAliases(_ aliases: [String: [String]]) -> TableSchema {
        var schema = self
        for index in schema.columns.indices {
            schema.columns[index].aliases += aliases[schema.columns[index].name] ?? []
        }
        schema.rebuildLookup()
        return schema
    }

    private mutating func rebuildLookup() {
        lookup = [:]
        for (ordinal, column) in columns.enumerated() {
            for name in [column.name] + column.aliases {
                let key = HeaderName.normalized(name)
                if lookup[key] == nil { lookup[key] = ordinal }
            }
        }
    }
}

/// How header cells are compared: offices wrap long headers over two lines, pad them with spaces and
/// mark required columns with `*` or （必填）.
public enum HeaderName {
    public static func normalized(_ text: String) -> String {
        // Most header cells have nothing to take away: no space, no `*`, no bracket, no full-width form.
        if !text.utf8.contains(where: { $0 <= 0x20 || $0 == 0x2A || $0 == 0x28 || $0 == 0xC2 || $0 == 0xE3 || $0 == 0xEF }) {
            return text
        }
        var name = String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        for marker in ["（必填）", "(必填)", "（选填）", "(选填)", "（可选）", "(可选)", "*", "＊"] {
            if name.hasSuffix(marker) { name.removeLast(marker.count) }
            if name.hasPrefix(marker) { name.removeFirst(marker.count) }
        }
        return name
    }
}
