import UnionEvalCore

/// Writes a `PaperForm` onto a worksheet of a workbook in normal mode: column widths, row heights, then
/// each box as a merged, bordered block in its style, printed as one A4 page.
struct PaperFormRenderer {
    let formats: [PaperForm.Style: XlsxFormat]

    init(_ workbook: XlsxWorkbook) throws {
        let styles: [(PaperForm.Style, XlsxCellStyle)] = [
            (.title, XlsxCellStyle(bold: true, centered: true, fontSize: 18)),
            (.caption, XlsxCellStyle(wrap: true, topAligned: true)),
            (.label, XlsxCellStyle(bold: true, border: true, wrap: true, centered: true)),
            (.value, XlsxCellStyle(border: true, wrap: true, centered: true)),
            (.text, XlsxCellStyle(border: true, wrap: true, topAligned: true)),
            (.signature, XlsxCellStyle(border: true, wrap: true, topAligned: true)),
            (.note, XlsxCellStyle(wrap: true, fontSize: 10, topAligned: true)),
        ]
        var formats: [PaperForm.Style: XlsxFormat] = [:]
        for (style, cellStyle) in styles { formats[style] = try workbook.addFormat(cellStyle) }
        self.formats = formats
    }

    func render(_ form: PaperForm, into worksheet: XlsxWorksheet) throws {
        for (column, width) in form.columnWidths.enumerated() { try worksheet.setColumnWidth(column, width) }
        for row in 0..<form.rowCount { try worksheet.setRowHeight(row, form.rowHeights[row] ?? 20) }
        for box in form.boxes {
            try worksheet.merge(
                firstRow: box.row, lastRow: box.lastRow, firstColumn: box.column, lastColumn: box.lastColumn,
                ExcelText.cellText(box.text), format: formats[box.style])
        }
        try worksheet.setUpFormPrinting(lastRow: max(form.rowCount - 1, 0), lastColumn: max(form.columnWidths.count - 1, 0))
    }
}
