/// A workbook to be written: its file name and its sheets, in order.
public struct ReportWorkbook: Sendable {
    public var fileName: String
    public var title: String
    public var sheets: [ReportSheet]

    public init(fileName: String, title: String, sheets: [ReportSheet]) {
        self.fileName = fileName
        self.title = title
        self.sheets = sheets
    }
}
