/// One record of a CSV file: its fields and the physical line it starts on.
public struct CSVRow: Sendable {
    public var line: Int
    public var fields: [String]
    /// Line and column of a quote that never closed; such a row has no fields.
    public var unterminatedQuote: (line: Int, column: Int)? = nil

    /// Excel writes ",,,," for rows a user cleared; such rows count as empty.
    public var isBlank: Bool { fields.allSatisfy { $0.trimmingWhitespace().isEmpty } }
}
