/// A sheet's columns declared once, each as its header beside the cell it shows, so a column can be
/// added, left out or moved without keeping parallel lists in step.
struct ReportTable<Row>: Sendable {
    private(set) var headers: [String] = []
    private var cells: [@Sendable (Row, Int) -> ReportCell] = []

    /// Position the next column will take (for formulas that refer to earlier columns).
    var nextColumn: Int { headers.count }

    mutating func column(_ header: String, _ cell: @escaping @Sendable (Row) -> ReportCell) {
        column(header) { row, _ in cell(row) }
    }

    /// A column whose cell needs its sheet row (zero-based, the header being row `headerRow`), e.g. a formula.
    mutating func column(_ header: String, _ cell: @escaping @Sendable (Row, _ sheetRow: Int) -> ReportCell) {
        headers.append(header)
        cells.append(cell)
    }

    /// One row's cells, for a sheet whose rows are made while it is written (`ReportSheet.GeneratedRows`).
    func cells(of row: Row, sheetRow: Int = 0) -> [ReportCell] {
        cells.map { $0(row, sheetRow) }
    }

    /// The table's rows, each in declared column order; `firstRow` is the sheet row of the first data row.
    func cells(for rows: [Row], firstRow: Int = 1) -> [[ReportCell]] {
        rows.enumerated().map { offset, row in cells.map { $0(row, firstRow + offset) } }
    }
}
