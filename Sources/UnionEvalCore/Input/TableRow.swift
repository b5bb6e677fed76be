/// A data row with its cells addressed by schema column: by name where it reads best, by the
/// column's ordinal in the schema on the ledger path, where every lookup counts.
public struct TableRow {
    let layout: TableLayout
    public let line: Int
    let row: CellRow
    /// Cells longer than an Excel cell holds, already reported and cut there, by position.
    let shortened: [Int: String]

    public var file: String { layout.file }
    /// The sheet of a workbook; nil for a CSV file.
    public var sheet: String? { layout.sheet }
    private var schema: TableSchema { layout.schema }
    private var positions: [Int?] { layout.positions }

    /// The trimmed cell text, or nil when the column is absent or the cell is empty.
    public func value(_ column: String) -> String? { value(at: schema.ordinal(of: column)) }

    /// Whether the table's header has this column at all.
    public func hasColumn(_ ordinal: Int) -> Bool { positions[ordinal] != nil }

    public func hasColumn(_ column: String) -> Bool { hasColumn(schema.ordinal(of: column)) }

    public func value(at ordinal: Int) -> String? {
        withValueBytes(at: ordinal) { $0.isEmpty ? nil : String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the trimmed bytes of the cell; empty when the column is absent or the cell is empty.
    public func withValueBytes<Result>(at ordinal: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let position = positions[ordinal], position < row.fieldCount else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if var cut = shortened[position] {
            return cut.withUTF8 { body(UTF8Trimming.trimmed($0)) }
        }
        return body(UTF8Trimming.trimmed(row.bytes(position)))
    }

    /// The whole row, for problems about the row rather than one cell.
    public var rowLocation: SourceLocation { SourceLocation(file: file, sheet: sheet, line: line) }

    public func location(_ column: String) -> SourceLocation { location(at: schema.ordinal(of: column)) }

    public func location(at ordinal: Int) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, line: line, column: (positions[ordinal] ?? -1) + 1)
    }
}
