import UnionEvalCore

/// Renders a `ReportWorkbook` to an .xlsx file through libxlsxwriter, atomically.
public enum ReportWorkbookWriter {
    /// Writes `<folder>/<fileName>` on its own, atomically.
    public static func write(
        _ report: ReportWorkbook, toFolder folder: String, rowsPerSheet: Int = ExcelText.maximumRows
    ) throws -> String {
        let outputs = StagedOutputs()
        let path = try stage(report, inFolder: folder, outputs: outputs, rowsPerSheet: rowsPerSheet)
        try outputs.commit()
        return path
    }

    /// Writes the workbook as part of a set of outputs that is committed together.
    /// A sheet with more rows than `rowsPerSheet` continues on further sheets. Rows are made ready on
    /// another core unless `preparesRowsAhead` is false (for a workbook written beside a larger one,
    /// whose writer should have that core).
    public static func stage(
        _ report: ReportWorkbook, inFolder folder: String, outputs: StagedOutputs,
        rowsPerSheet: Int = ExcelText.maximumRows, preparesRowsAhead: Bool = true
    ) throws -> String {
        let path = "\(folder)/\(report.fileName)"
        try outputs.stage(path) { temporary in
            // Forms merge cells across rows, which constant-memory mode cannot; a workbook of forms is small.
            let workbook = try XlsxWorkbook(path: temporary, constantMemory: report.forms.isEmpty)
            try workbook.setProperties(title: report.title, createdAt: report.createdAt)
            let styles = try SheetStyles(workbook)
            var taken: Set<String> = []
            if !report.forms.isEmpty {
                let renderer = try PaperFormRenderer(workbook)
                for form in report.forms {
                    let name = ExcelText.sheetName(form.name, taken: taken)
                    taken.insert(name)
                    try renderer.render(form, into: try workbook.addWorksheet(named: name))
                }
            }
            for index in 0..<report.sheetCount {
                let sheet = report.sheet(index)
                for part in split(sheet, rowsPerSheet: rowsPerSheet) {
                    let name = ExcelText.sheetName(part.name, taken: taken)
                    taken.insert(name)
                    let worksheet = try workbook.addWorksheet(named: name)
                    try render(part, named: name, into: worksheet, styles: styles, preparesRowsAhead: preparesRowsAhead)
                }
            }
            try workbook.close()
        }
        return path
    }

    /// Splits rows that would pass Excel's row limit onto continuation sheets named “…（续2）”.
    static func split(_ sheet: ReportSheet, rowsPerSheet: Int) -> [ReportSheet] {
        let capacity = max(rowsPerSheet - sheet.headerRow - 1, 1)
        let count = sheet.rowCount
        guard count > capacity else { return [sheet] }
        return stride(from: 0, to: count, by: capacity).enumerated().map { number, start in
            var part = sheet.slice(start..<min(start + capacity, count))
            if number > 0 { part.name = "\(sheet.name)（续\(number + 1)）" }
            // Sections and notes close the table, so they follow the last part only.
            if start + capacity < count {
                part.sections = []
                part.noteLines = []
            }
            return part
        }
    }

    struct SheetStyles {
        var header: XlsxFormat
        var text: XlsxFormat
        var integer: XlsxFormat
        var points: XlsxFormat
        var title: XlsxFormat
        var caption: XlsxFormat
        var heading: XlsxFormat
        var note: XlsxFormat
        var date: XlsxFormat

        init(_ workbook: XlsxWorkbook) throws {
            header = try workbook.addFormat(
                XlsxCellStyle(bold: true, backgroundColor: 0xDDEBF7, border: true, wrap: true, centered: true))
            // Top-aligned, so that a tall wrapped row reads from its first line in every reader.
            text = try workbook.addFormat(XlsxCellStyle(border: true, wrap: true, topAligned: true))
            integer = try workbook.addFormat(XlsxCellStyle(border: true, numberFormat: "0", topAligned: true))
            points = try workbook.addFormat(XlsxCellStyle(border: true, numberFormat: "0.0", topAligned: true))
            title = try workbook.addFormat(XlsxCellStyle(bold: true, centered: true, fontSize: 16))
            caption = try workbook.addFormat(XlsxCellStyle(centered: true))
            heading = try workbook.addFormat(XlsxCellStyle(bold: true))
            date = try workbook.addFormat(XlsxCellStyle(numberFormat: "yyyy-mm-dd"))
            note = try workbook.addFormat(XlsxCellStyle(wrap: true, topAligned: true))
        }
    }

    /// Rows handed from the preparing core to the writing one at a time.
    static let rowsPerChunk = 4_096

    /// Default row height in pixels, for placing charts below the rows.
    static let rowHeightPixels = 20
    /// Width of a column without a width of its own, in Excel's character units.
    static let defaultColumnWidth = 8.43

    /// The last column a chart `pixels` wide reaches from column A, so that the print area takes it whole.
    static func lastColumnCovering(pixels: Int, widths: [Double]) -> Int {
        var covered = 0.0
        var column = 0
        while covered < Double(pixels) {
            // Excel's pixels for a column width: seven per character unit plus five of padding.
            covered += (column < widths.count ? widths[column] : defaultColumnWidth) * 7 + 5
            column += 1
        }
        return max(column - 1, 0)
    }

    static func render(
        _ sheet: ReportSheet, named name: String, into worksheet: XlsxWorksheet, styles: SheetStyles,
        preparesRowsAhead: Bool = true
    ) throws {
        guard !sheet.columns.isEmpty else { return }
        let headerRow = sheet.headerRow
        let lastColumn = sheet.columns.count - 1
        let layout = SheetLayout(sheet)
        let widths = layout.columnWidths
        for (column, width) in widths.enumerated() {
            try worksheet.setColumnWidth(column, width, format: sheet.dateColumns.contains(column) ? styles.date : nil)
        }
        if sheet.isHidden { try worksheet.hide() }
        try worksheet.freezeRows(through: headerRow)
        try worksheet.autofilter(headerRow: headerRow, lastRow: headerRow + max(sheet.rowCount, 1), lastColumn: lastColumn)
        // Below the table: its charts first when they belong with it (a unit's feedback), then its sections,
        // each after a blank row, its notes, then the other charts one under another.
        let chartRows = sheet.charts.map { ($0.height + rowHeightPixels - 1) / rowHeightPixels + 1 }
        var endOfTables = headerRow + sheet.rowCount + 1
        var chartAnchors: [Int] = []
        if sheet.chartsBelowTable {
            for rows in chartRows {
                chartAnchors.append(endOfTables + 1)
                endOfTables += rows + 1
            }
        }
        var sectionRows: [Int] = []
        for section in sheet.sections {
            sectionRows.append(endOfTables + 1)
            endOfTables += 3 + section.rows.count
        }
        let firstNoteRow = endOfTables + 1
        if !sheet.chartsBelowTable {
            var chartRow = sheet.noteLines.isEmpty ? firstNoteRow : firstNoteRow + sheet.noteLines.count + 1
            for rows in chartRows {
                chartAnchors.append(chartRow)
                chartRow += rows
            }
        }
        let lastRow = max(
            endOfTables - 1, sheet.noteLines.isEmpty ? 0 : firstNoteRow + sheet.noteLines.count - 1,
            zip(chartAnchors, chartRows).map { $0 + $1 - 1 }.max() ?? 0)
        var printing = PrintSetup(
            landscape: sheet.orientation == .landscape, headerRow: headerRow, lastRow: lastRow,
            lastColumn: max(lastColumn, lastColumnCovering(pixels: sheet.charts.map(\.width).max() ?? 0, widths: widths)),
            onePageWide: layout.printsOnePageWide, repeatedColumns: layout.printsOnePageWide ? 0 : sheet.repeatedColumns,
            title: sheet.title, caption: sheet.caption)
        printing.pagesTall = layout.pagesTall
        try worksheet.setUpPrinting(printing)
        // Constant-memory mode: rows strictly top to bottom.
        for (row, line) in sheet.titleLines.enumerated() {
            try worksheet.setRowHeight(row, row == 0 ? 30 : 18)
            try worksheet.mergeRange(
                row: row, firstColumn: 0, lastColumn: lastColumn, ExcelText.cellText(line), format: row == 0 ? styles.title : styles.caption)
        }
        try writeHeader(sheet.columns, row: headerRow, into: worksheet, widths: widths, styles: styles)
        try RowPrefetcher.forEachChunk(count: sheet.rowCount, chunkSize: Self.rowsPerChunk, ahead: preparesRowsAhead, prepare: { range in
            var chunk = PreparedChunk(rows: range.count)
            for index in range { chunk.append(sheet.row(index), widths: widths) }
            return chunk
        }) { range, chunk in
            try write(chunk, firstRow: headerRow + 1 + range.lowerBound, into: worksheet, styles: styles)
        }
        for validation in sheet.validations {
            try worksheet.validate(validation, firstRow: headerRow + 1, lastRow: headerRow + max(sheet.validatedRows, 1))
        }
        for (section, row) in zip(sheet.sections, sectionRows) {
            try worksheet.writeString(row: row, column: 0, ExcelText.cellText(section.heading), format: styles.heading)
            try writeHeader(section.columns, row: row + 1, into: worksheet, widths: widths, styles: styles)
            var chunk = PreparedChunk(rows: section.rows.count)
            for cells in section.rows { chunk.append(cells, widths: widths) }
            try write(chunk, firstRow: row + 2, into: worksheet, styles: styles)
        }
        // Each line wrapped within the first page's width: a statement is not cut at a page's edge.
        let noteLastColumn = layout.noteLastColumn(landscape: sheet.orientation == .landscape)
        let noteWidth = widths[0...min(noteLastColumn, widths.count - 1)].reduce(0, +)
        for (index, line) in sheet.noteLines.enumerated() {
            let text = ExcelText.cellText(line)
            let lines = TextWrap.lines(text, columnWidth: noteWidth)
            if lines > 1 { try worksheet.setRowHeight(firstNoteRow + index, Double(lines) * PaperForm.lineHeight) }
            try worksheet.mergeRange(row: firstNoteRow + index, firstColumn: 0, lastColumn: noteLastColumn, text, format: styles.note)
        }
        for (chart, row) in zip(sheet.charts, chartAnchors) {
            try XlsxChart.insert(chart, into: worksheet, sheetName: name, headerRow: headerRow, row: row, workbook: worksheet.workbook)
        }
    }

    /// A header row, as tall as its longest wrapped header needs.
    static func writeHeader(_ columns: [String], row: Int, into worksheet: XlsxWorksheet, widths: [Double], styles: SheetStyles) throws {
        let lines = SheetLayout.headerLines(columns, widths: widths)
        if lines > 1 { try worksheet.setRowHeight(row, Double(lines) * 15) }
        for (column, title) in columns.enumerated() {
            try worksheet.writeString(row: row, column: column, ExcelText.cellText(title), format: styles.header)
        }
    }

    /// A prepared chunk's rows from `firstRow` down, each as tall as its wrapped text needs.
    static func write(_ chunk: PreparedChunk, firstRow: Int, into worksheet: XlsxWorksheet, styles: SheetStyles) throws {
        try chunk.forEachRow { index, lines, cells, text in
            let row = firstRow + index
            if lines > 1 { try worksheet.setRowHeight(row, Double(min(lines, 20)) * 15) }
            for cell in cells {
                let column = Int(cell.column)
                switch cell.kind {
                case .text:
                    try worksheet.writeString(row: row, column: column, cString: text + cell.textOffset, format: styles.text)
                case .integer:
                    try worksheet.writeNumber(row: row, column: column, cell.number, format: styles.integer)
                case .points:
                    try worksheet.writeNumber(row: row, column: column, cell.number, format: styles.points)
                case .formula:
                    try worksheet.writeFormula(
                        row: row, column: column, cString: text + cell.textOffset, cached: cell.number, format: styles.points)
                }
            }
        }
    }
}
