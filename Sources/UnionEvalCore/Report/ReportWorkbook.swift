/// A workbook to be written: its file name and its sheets, in order.
public struct ReportWorkbook: Sendable {
    public var fileName: String
    public var title: String
    public var sheets: [ReportSheet]
    /// Forms written before the sheets, one page each (推荐审批表): a workbook with forms is written
    /// in libxlsxwriter's normal mode, as a form merges cells across rows.
    public var forms: [PaperForm] = []
    /// Sheets made one at a time as they are written, after `sheets`: a sheet per unit of a large
    /// year is never held all at once.
    public var generatedSheets: GeneratedSheets?
    /// The creation time written into the file, in seconds since 1970 (UTC); nil for the time of writing.
    /// Fixed by `run --as-of`, so that the same inputs give the same bytes.
    public var createdAt: Int?

    public struct GeneratedSheets: Sendable {
        public var count: Int
        public var sheet: @Sendable (Int) -> ReportSheet

        public init(count: Int, sheet: @escaping @Sendable (Int) -> ReportSheet) {
            self.count = count
            self.sheet = sheet
        }
    }

    public init(fileName: String, title: String, sheets: [ReportSheet]) {
        self.fileName = fileName
        self.title = title
        self.sheets = sheets
    }

    public var sheetCount: Int { sheets.count + (generatedSheets?.count ?? 0) }

    /// The sheet at `index`, made now when it is a generated one.
    public func sheet(_ index: Int) -> ReportSheet {
        index < sheets.count ? sheets[index] : generatedSheets!.sheet(index - sheets.count)
    }
}
