/// A data row with its fields addressed by the schema's column names.
public struct TableRow {
    public let file: String
    public let line: Int
    let fields: [String]
    let columnIndex: [String: Int]

    /// The trimmed cell text, or nil when the column is absent or the cell is empty.
    /// Text longer than an Excel cell holds is reported by the reader and cut there.
    public func value(_ column: String) -> String? {
        guard let index = columnIndex[column], index < fields.count else { return nil }
        let value = fields[index].trimmingWhitespace()
        return value.isEmpty ? nil : value
    }

    public func location(_ column: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: (columnIndex[column] ?? -1) + 1)
    }

    public func hasColumn(_ column: String) -> Bool { columnIndex[column] != nil }
}
