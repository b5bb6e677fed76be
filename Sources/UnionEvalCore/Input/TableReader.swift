/// Reads one input file of any format into rows of a schema: decodes it (CSV text, or a workbook's
/// sheets), finds each table's header, tells layout rows from data rows, and hands every data row to
/// `body`. Header matching, layout rows, accounting and the problems they raise live here, once, for
/// every format. Returns one accounting per table read (per sheet in a workbook). `schema` is expected
/// with the criteria's wordings already added (`TableReading.schema(_:)`), once per kind of file.
public enum TableReader {
    public static func read(
        _ file: InputFile, role: String, schema: TableSchema, reading: TableReading, log: inout DiagnosticLog,
        body: (TableRow, inout DiagnosticLog) -> RowDisposition
    ) -> [FileAccounting] {
        let bytes: [UInt8]
        do {
            bytes = try file.readBytes()
        } catch {
            log.error("E-FILE-READ", at: SourceLocation(file: file.path), "文件无法读取：\(error)。")
            return [FileAccounting(path: file.path, role: role, encoding: nil, sha256: "")]
        }
        let sha256 = reading.fingerprint?.hex(bytes) ?? ""
        let format = InputFormat(path: file.path, bytes: bytes)
        let reader: (any WorkbookReading)?
        switch format {
        case .csv:
            let text = DecodedText.decode(bytes, path: file.path, log: &log)
            var accounting = FileAccounting(path: file.path, role: role, encoding: text.encoding, sha256: sha256)
            let scan = TableScan(file: file.path, sheet: nil, schema: schema, checksFieldCount: true, corruptLines: text.corruptLines)
            let outcome = scan.read(.csv(text), accounting: &accounting, log: &log, body: body)
            if case .noHeader(let candidate) = outcome {
                candidate.report(file: file.path, sheet: nil, log: &log)
                accounting.rowsRead += candidate.rows
                accounting.rowsRejected += candidate.rows
            }
            return [accounting]
        case .unsupported(let advice):
            log.error("E-FILE-FORMAT", at: SourceLocation(file: file.path), advice)
            return [FileAccounting(path: file.path, role: role, encoding: nil, sha256: sha256)]
        case .xlsx: reader = reading.xlsxReader
        case .xls: reader = reading.xlsReader
        }
        let formatName = format == .xls ? "xls" : "xlsx"
        guard let reader else {
            log.error("E-FILE-FORMAT", at: SourceLocation(file: file.path), "本次运行不能读取 .\(formatName) 文件。请另存为 CSV 后再提交。")
            return [FileAccounting(path: file.path, role: role, encoding: nil, format: formatName, sha256: sha256)]
        }
        let workbook: Workbook
        do {
            workbook = try reader.read(bytes, path: file.path)
        } catch {
            log.error(error.code, at: SourceLocation(file: file.path), error.message)
            return [FileAccounting(path: file.path, role: role, encoding: nil, format: formatName, sha256: sha256)]
        }
        return readWorkbook(workbook, file: file.path, role: role, schema: schema, sha256: sha256, log: &log, body: body)
    }

    /// Every sheet whose header matches is read; the others are reported as skipped, by name. A workbook
    /// where no sheet has a usable header is reported once, at the sheet that came closest.
    private static func readWorkbook(
        _ workbook: Workbook, file: String, role: String, schema: TableSchema, sha256: String, log: inout DiagnosticLog,
        body: (TableRow, inout DiagnosticLog) -> RowDisposition
    ) -> [FileAccounting] {
        var tables: [FileAccounting] = []
        var skipped: [(sheet: Workbook.Sheet, candidate: HeaderCandidate, index: Int)] = []
        for sheet in workbook.sheets {
            var accounting = FileAccounting(
                path: file, sheet: sheet.name, role: role, encoding: nil, format: workbook.formatName, sha256: sha256)
            var sheetLog = DiagnosticLog()
            let scan = TableScan(
                file: file, sheet: sheet.name, schema: schema, checksFieldCount: false, corruptLines: [],
                cellProblems: sheet.grid.cellProblems)
            let outcome = scan.read(.sheet(sheet.grid), accounting: &accounting, log: &sheetLog, body: body)
            switch outcome {
            case .read:
                if sheet.isHidden {
                    log.warning(
                        "W-SHEET-HIDDEN", at: SourceLocation(file: file, sheet: sheet.name),
                        "工作表“\(sheet.name)”在工作簿中是隐藏的，已照常读取。请确认其中的记录确实应当计入。")
                }
                log.append(contentsOf: sheetLog.diagnostics)
                if let first = sheet.grid.firstCellBeyondWidth {
                    let address = CellReference.cell(row: first.row - 1, column: first.column - 1)
                    log.warning(
                        "W-CELL-BEYOND", at: SourceLocation(file: file, sheet: sheet.name, line: first.row, column: first.column),
                        "工作表在第 \(SheetGrid.maximumColumn) 列（IV 列）右边还有 \(sheet.grid.cellsBeyondWidth) 个单元格有内容（第一个在 \(address)），本工具只读取前 \(SheetGrid.maximumColumn) 列，这些单元格已忽略。请检查是否误填。")
                }
            case .noHeader(let candidate):
                skipped.append((sheet, candidate, tables.count))
            }
            tables.append(accounting)
        }
        let readAny = tables.count > skipped.count
        if !readAny, let closest = skipped.max(by: { $0.candidate.isFurther(than: $1.candidate) }) {
            // Nothing in the file is usable: one error where the header came closest, every row reported.
            closest.candidate.report(file: file, sheet: closest.sheet.name, log: &log)
            for entry in skipped {
                tables[entry.index].rowsRead += entry.candidate.rows
                tables[entry.index].rowsRejected += entry.candidate.rows
            }
            return tables
        }
        for entry in skipped {
            tables[entry.index].rowsRead += entry.candidate.rows
            tables[entry.index].rowsLayout += entry.candidate.rows
            // A filled template's own 填写说明, 会员名单 and 选项: named on 说明, not a problem.
            if TemplateSheets.names.contains(entry.sheet.name) {
                tables[entry.index].role = TemplateSheets.role
                continue
            }
            tables[entry.index].role = "已跳过"
            let location = SourceLocation(file: file, sheet: entry.sheet.name)
            if entry.candidate.rows == 0 {
                log.warning("W-SHEET-SKIPPED", at: location, "工作表“\(entry.sheet.name)”是空的，已跳过。")
            } else {
                log.warning(
                    "W-SHEET-SKIPPED", at: location,
                    "工作表“\(entry.sheet.name)”有 \(entry.candidate.rows) 行内容，但没有含必填列（\(schema.requiredNames)）的表头，已跳过未读。如果其中有应当计入的记录，请补上表头。")
            }
        }
        return tables
    }
}

extension TableSchema {
    /// The required columns, for messages: “日期、活动名称、类别”.
    var requiredNames: String { columns.filter(\.isRequired).map(\.name).joined(separator: "、") }
}
