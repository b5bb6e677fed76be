/// One record of a CSV file: where its fields lie in the parser's buffers, and the physical line it
/// starts on. The bytes belong to the parser and are valid only inside its callback: take a `String`
/// (`field(_:)`) of anything that must outlive the row.
public struct CSVRow {
    /// A field's bytes: a slice of the file, or of the row's scratch buffer for quoted fields,
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
    /// Line and column of a quote that never closed; such a row has no fields.
    public var unterminatedQuote: (line: Int, column: Int)? = nil

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
