/// One table (a CSV file or a sheet) read row by row: rows before the header are layout, the header is
/// the first row holding every required column, and after it each row is data, a layout row (total,
/// signature, note, repeated header) or a row the format itself could not split.
struct TableScan {
    let file: String
    let sheet: String?
    let schema: TableSchema
    /// CSV rows must have the header's width; sheet rows simply end where their last cell is.
    let checksFieldCount: Bool
    let corruptLines: Set<Int>
    /// Cells a workbook reader could not read, by row; reported only on data rows.
    var cellProblems: [SheetGrid.CellProblem] = []

    /// Header rows are looked for among this many non-blank rows; a table whose header is further down
    /// is not one an office wrote by hand.
    static let headerSearchRows = 50

    enum Outcome {
        case read
        /// No row held the required columns: the closest row, and how many non-blank rows there were.
        case noHeader(HeaderCandidate)
    }

    init(
        file: String, sheet: String?, schema: TableSchema, checksFieldCount: Bool, corruptLines: Set<Int>,
        cellProblems: [SheetGrid.CellProblem] = []
    ) {
        self.file = file
        self.sheet = sheet
        self.schema = schema
        self.checksFieldCount = checksFieldCount
        self.corruptLines = corruptLines
        self.cellProblems = cellProblems
    }

    func read(
        _ rows: TableRows, accounting: inout FileAccounting, log: inout DiagnosticLog,
        body: (TableRow, inout DiagnosticLog) -> RowDisposition
    ) -> Outcome {
        var layout: TableLayout? = nil
        var layoutRows: LayoutRows? = nil
        var headerWidth = 0
        var candidate = HeaderCandidate(schema: schema)
        var rowsAbove = 0
        var rejectedAbove = 0
        var hiddenRows: [Int] = []
        let problemsByRow = Dictionary(grouping: cellProblems, by: \.row)
        rows.forEach { row in
            if let quote = row.unterminatedQuote {
                log.error(
                    "E-CSV-QUOTE", at: location(line: quote.line, column: quote.column),
                    "引号未闭合：此处的双引号直到文件末尾都没有配对，本行未使用。请检查单元格中的英文双引号。")
                if layout == nil { rejectedAbove += 1 } else { accounting.record(.rejected) }
                return
            }
            if row.isBlank { return }
            guard let layout else {
                // Above the header a row is layout, unless its bytes were already reported as undecodable.
                if !corruptLines.isEmpty && corruptLines.contains(row.line) {
                    rejectedAbove += 1
                    return
                }
                rowsAbove += 1
                guard rowsAbove <= Self.headerSearchRows else { return }
                let match = HeaderMatch(row, schema: schema)
                candidate.consider(match, line: row.line)
                guard match.hasRequired(schema) else { return }
                // The header row itself is not counted; the rows above it are layout.
                rowsAbove -= 1
                for _ in 0..<rowsAbove { accounting.record(.layout) }
                for _ in 0..<rejectedAbove { accounting.record(.rejected) }
                rowsAbove = 0
                rejectedAbove = 0
                headerWidth = row.fieldCount
                layoutRows = LayoutRows(header: row, positions: match.positions, schema: schema)
                layout = TableLayout(
                    file: file, sheet: sheet, schema: schema, positions: match.report(row, schema: schema, file: file, sheet: sheet, log: &log))
                return
            }
            if !corruptLines.isEmpty && corruptLines.contains(row.line) {
                accounting.record(.rejected)
                return
            }
            if layoutRows?.isLayout(row) == true {
                accounting.record(.layout)
                return
            }
            if checksFieldCount && row.fieldCount != headerWidth {
                let trailingEmpty = row.fieldCount > headerWidth
                    && (headerWidth..<row.fieldCount).allSatisfy { UTF8Trimming.trimmed(row.bytes($0)).isEmpty }
                if !trailingEmpty {
                    log.error(
                        "E-CSV-FIELDS", at: location(line: row.line, column: min(row.fieldCount, headerWidth) + 1),
                        "本行有 \(row.fieldCount) 列，表头有 \(headerWidth) 列，本行未使用。常见原因：单元格内含英文逗号却没有加引号。")
                    accounting.record(.rejected)
                    return
                }
            }
            if row.isHidden { hiddenRows.append(row.line) }
            if !problemsByRow.isEmpty { for problem in problemsByRow[row.line] ?? [] { report(problem, log: &log) } }
            var shortened: [Int: String] = [:]
            // A cell cannot hold more UTF-16 units than it has bytes: only long cells need a closer look.
            for index in 0..<row.fieldCount where row.bytes(index).count > ExcelText.maximumCellLength {
                let field = row.field(index)
                guard field.utf16.count > ExcelText.maximumCellLength else { continue }
                log.warning(
                    "W-VALUE-LONG", at: location(line: row.line, column: index + 1), raw: String(field.prefix(20)) + "…",
                    "单元格超过 Excel 单元格上限 \(ExcelText.maximumCellLength) 个字符，已截断。")
                shortened[index] = ExcelText.cellText(field)
            }
            let tableRow = TableRow(layout: layout, line: row.line, row: row, shortened: shortened)
            accounting.record(body(tableRow, &log))
        }
        guard layout != nil else {
            candidate.rows = rowsAbove + rejectedAbove
            return .noHeader(candidate)
        }
        if !hiddenRows.isEmpty {
            let shown = hiddenRows.prefix(10).map { "第 \($0) 行" }.joined(separator: "、") + (hiddenRows.count > 10 ? " 等" : "")
            log.warning(
                "W-ROW-HIDDEN", at: location(line: hiddenRows[0], column: 0),
                "有 \(hiddenRows.count) 行在工作表中是隐藏的（\(shown)），已照常读取。请确认这些记录确实应当计入。")
        }
        return .read
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, line: line, column: column)
    }

    private func report(_ problem: SheetGrid.CellProblem, log: inout DiagnosticLog) {
        let at = location(line: problem.row, column: problem.column)
        switch problem.kind {
        case .formulaWithoutValue:
            log.error(
                "E-CELL-FORMULA", at: at,
                "单元格是公式，但文件中没有保存计算结果，按空白处理。请在 WPS/Excel 中打开并保存一次（会写入结果），或把公式改为数值。")
        case .errorValue(let value):
            log.error("E-CELL-ERROR", at: at, raw: value, "单元格是错误值，按空白处理。请在 WPS/Excel 中改正该单元格。")
        }
    }
}
