/// A workbook to be written: its file name and its sheets, in order.
public struct ReportWorkbook: Sendable {
    public var fileName: String
    public var title: String
    public var sheets: [ReportSheet]
    /// The creation time written into the file, in seconds since 1970 (UTC); nil for the time of writing.
    /// Fixed by `run --as-of`, so that the same inputs give the same bytes.
    public var createdAt: Int?

    public init(fileName: String, title: String, sheets: [ReportSheet]) {
        self.fileName = fileName
        self.title = title
        self.sheets = sheets
    }
}
