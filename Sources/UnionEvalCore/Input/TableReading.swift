/// What reading any input table needs besides the file: how to fingerprint it, the workbook readers the
/// shell provides, and the header wordings the criteria file adds.
public struct TableReading: Sendable {
    public var fingerprint: FileFingerprint?
    public var xlsxReader: (any WorkbookReading)?
    public var xlsReader: (any WorkbookReading)?
    /// Contract column name → more header wordings for it (`columns` in the criteria file).
    public var columnAliases: [String: [String]]

    public init(
        fingerprint: FileFingerprint? = nil, xlsxReader: (any WorkbookReading)? = nil, xlsReader: (any WorkbookReading)? = nil,
        columnAliases: [String: [String]] = [:]
    ) {
        self.fingerprint = fingerprint
        self.xlsxReader = xlsxReader
        self.xlsReader = xlsReader
        self.columnAliases = columnAliases
    }

    /// A contract schema with the criteria's header wordings added.
    public func schema(_ schema: TableSchema) -> TableSchema { schema.addingAliases(columnAliases) }
}
