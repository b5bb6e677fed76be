import UnionEvalCore

/// Renders a `ReportWorkbook` to an .xlsx file through libxlsxwriter, atomically.
public enum ReportWorkbookWriter {
    public static func write(_ report: ReportWorkbook, toFolder folder: String) throws -> String {
        let path = "\(folder)/\(report.fileName)"
        try AtomicFile.write(to: path) { temporary in
            let workbook = try XlsxWorkbook(path: temporary)
            try workbook.setTitle(report.title)
            let styles = try SheetStyles(workbook)
            for sheet in report.sheets {
                try render(sheet, into: try workbook.addWorksheet(named: sheet.name), styles: styles)
            }
            try workbook.close()
        }
        return path
    }

    struct SheetStyles {
        var header: XlsxFormat
        var text: XlsxFormat
        var integer: XlsxFormat
        var points: XlsxFormat

        init(_ workbook: XlsxWorkbook) throws {
            header = try workbook.addFormat(
                XlsxCellStyle(bold: true, backgroundColor: 0xDDEBF7, border: true, wrap: true, centered: true))
            text = try workbook.addFormat(XlsxCellStyle(border: true))
            integer = try workbook.addFormat(XlsxCellStyle(border: true, numberFormat: "0"))
            points = try workbook.addFormat(XlsxCellStyle(border: true, numberFormat: "0.0"))
        }
    }

    static func render(_ sheet: ReportSheet, into worksheet: XlsxWorksheet, styles: SheetStyles) throws {
        for (column, width) in sheet.columnWidths.enumerated() {
            try worksheet.setColumnWidth(column, width)
        }
        worksheet.freezeTopRow()
        try worksheet.setUpPrinting(landscape: sheet.orientation == .landscape)
        try worksheet.autofilter(lastRow: max(sheet.rows.count, 1), lastColumn: sheet.columns.count - 1)
        for (column, title) in sheet.columns.enumerated() {
            try worksheet.writeString(row: 0, column: column, title, format: styles.header)
        }
        for (index, cells) in sheet.rows.enumerated() {
            let row = index + 1
            for (column, cell) in cells.enumerated() {
                switch cell {
                case .text(let text):
                    try worksheet.writeString(row: row, column: column, text, format: styles.text)
                case .integer(let value):
                    try worksheet.writeNumber(row: row, column: column, Double(value), format: styles.integer)
                case .points(let points):
                    try worksheet.writeNumber(row: row, column: column, points.doubleValue, format: styles.points)
                case .formula(let formula, let cached):
                    try worksheet.writeFormula(row: row, column: column, formula, cached: cached.doubleValue, format: styles.points)
                case .empty:
                    continue
                }
            }
        }
    }
}
