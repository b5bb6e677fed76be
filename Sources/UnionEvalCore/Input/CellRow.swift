/// One row of a table, whatever the format: where its cells lie in the reader's buffers, and the line
/// of the CSV file (or the row of the sheet) it starts on. CSV fields and sheet cells are both cells
/// here, so everything after reading is shared by every format. The bytes belong to the reader and are
/// valid only inside its callback: take a `String` (`field(_:)`) of anything that must outlive the row.
public struct CellRow {
    /// A cell's bytes: a slice of the text, or of the row's scratch buffer for quoted CSV fields,
    /// which are stored with their doubled quotes undone.
    struct Span {
        var start: Int
        var end: Int
        var isQuoted: Bool
    }

    public var line: Int
    let spans: [Span]
    let text: UnsafeBufferPointer<UInt8>
    let scratch: UnsafeBufferPointer<UInt8>
    /// Line and column of a quote that never closed (CSV only); such a row has no fields.
    public var unterminatedQuote: (line: Int, column: Int)? = nil
    /// A row a spreadsheet program hides; it is read like any other, and noted.
    public var isHidden = false

    public var fieldCount: Int { spans.count }

    /// The raw bytes of field `index`, untrimmed.
    public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        return UnsafeBufferPointer(rebasing: (span.isQuoted ? scratch : text)[span.start..<span.end])
    }

    public func field(_ index: Int) -> String { String(decoding: bytes(index), as: UTF8.self) }

    public var fields: [String] { (0..<fieldCount).map(field) }

    /// Excel writes ",,,," for rows a user cleared; such rows count as empty.
    public var isBlank: Bool { (0..<fieldCount).allSatisfy { UTF8Trimming.trimmed(bytes($0)).isEmpty } }
}
