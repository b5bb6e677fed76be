/// Per-table bookkeeping (a CSV file, or one sheet of a workbook) behind the invariant
/// rows read = rows used + rows rejected + layout rows.
public struct FileAccounting: Sendable, Codable, Hashable {
    public var path: String
    /// The sheet, for a workbook; nil for a CSV file.
    public var sheet: String?
    public var role: String
    public var encoding: TextEncoding?
    /// The format as the 说明 sheet names it when it is not a text encoding ("xlsx", "xls").
    public var format: String?
    public var sha256: String
    public var rowsRead: Int = 0
    public var rowsUsed: Int = 0
    public var rowsRejected: Int = 0
    /// Title lines, notes and blank-looking rows above the header, and totals, signatures and notes
    /// below the data: read and counted, never errors.
    public var rowsLayout: Int = 0

    public init(path: String, sheet: String? = nil, role: String, encoding: TextEncoding?, format: String? = nil, sha256: String) {
        self.path = path
        self.sheet = sheet
        self.role = role
        self.encoding = encoding
        self.format = format
        self.sha256 = sha256
    }

    /// The file, with the sheet for a workbook, as records and the 说明 sheet name it.
    public var table: String { InputTable(file: path, sheet: sheet).name }

    public var balances: Bool { rowsRead == rowsUsed + rowsRejected + rowsLayout }

    mutating func record(_ disposition: RowDisposition) {
        rowsRead += 1
        switch disposition {
        case .used: rowsUsed += 1
        case .rejected: rowsRejected += 1
        case .layout: rowsLayout += 1
        }
    }
}
