/// Decodes a CSV file, matches its header against a schema and hands each data row to `body`.
/// Rows with the wrong number of fields are rejected here; `body` decides about the rest.
public enum CSVTableReader {
    public static func read(
        _ file: InputFile, role: String, schema: CSVSchema, fingerprint: FileFingerprint? = .sha256, log: inout DiagnosticLog,
        body: (TableRow, inout DiagnosticLog) -> RowDisposition
    ) -> FileAccounting {
        let bytes: [UInt8]
        do {
            bytes = try file.readBytes()
        } catch {
            log.error("E-FILE-READ", at: SourceLocation(file: file.path), "文件无法读取：\(error)。")
            return FileAccounting(path: file.path, role: role, encoding: nil, sha256: "")
        }
        let text = DecodedText.decode(bytes, path: file.path, log: &log)
        var accounting = FileAccounting(path: file.path, role: role, encoding: text.encoding, sha256: fingerprint?.hex(bytes) ?? "")
        var layout: TableLayout? = nil
        var headerUsable = true
        var headerWidth = 0
        CSVParser.parse(text) { row in
            if let quote = row.unterminatedQuote {
                log.error(
                    "E-CSV-QUOTE", at: SourceLocation(file: file.path, line: quote.line, column: quote.column),
                    "引号未闭合：此处的双引号直到文件末尾都没有配对，本行未使用。请检查单元格中的英文双引号。")
                accounting.record(.rejected)
                return
            }
            if row.isBlank { return }
            guard let layout else {
                headerWidth = row.fieldCount
                let header = matchHeader(row, schema: schema, file: file.path, log: &log)
                layout = TableLayout(file: file.path, schema: schema, positions: header.positions)
                headerUsable = header.usable
                return
            }
            if !headerUsable || (!text.corruptLines.isEmpty && text.corruptLines.contains(row.line)) {
                accounting.record(.rejected)
                return
            }
            if row.fieldCount != headerWidth {
                let trailingEmpty = row.fieldCount > headerWidth
                    && (headerWidth..<row.fieldCount).allSatisfy { UTF8Trimming.trimmed(row.bytes($0)).isEmpty }
                if !trailingEmpty {
                    log.error(
                        "E-CSV-FIELDS",
                        at: SourceLocation(file: file.path, line: row.line, column: min(row.fieldCount, headerWidth) + 1),
                        "本行有 \(row.fieldCount) 列，表头有 \(headerWidth) 列，本行未使用。常见原因：单元格内含英文逗号却没有加引号。")
                    accounting.record(.rejected)
                    return
                }
            }
            var shortened: [Int: String] = [:]
            // A cell cannot hold more UTF-16 units than it has bytes: only long cells need a closer look.
            for index in 0..<row.fieldCount where row.bytes(index).count > ExcelText.maximumCellLength {
                let field = row.field(index)
                guard field.utf16.count > ExcelText.maximumCellLength else { continue }
                log.warning(
                    "W-VALUE-LONG", at: SourceLocation(file: file.path, line: row.line, column: index + 1),
                    raw: String(field.prefix(20)) + "…",
                    "单元格超过 Excel 单元格上限 \(ExcelText.maximumCellLength) 个字符，已截断。")
                shortened[index] = ExcelText.cellText(field)
            }
            let tableRow = TableRow(layout: layout, line: row.line, row: row, shortened: shortened)
            accounting.record(body(tableRow, &log))
        }
        if layout == nil {
            log.error("E-CSV-EMPTY", at: SourceLocation(file: file.path, line: 1), "文件为空，没有表头。")
        }
        return accounting
    }

    private static func matchHeader(
        _ row: CSVRow, schema: CSVSchema, file: String, log: inout DiagnosticLog
    ) -> (positions: [Int?], usable: Bool) {
        var positions = [Int?](repeating: nil, count: schema.columns.count)
        var usable = true
        for (position, rawName) in row.fields.enumerated() {
            let name = rawName.trimmingWhitespace()
            let location = SourceLocation(file: file, line: row.line, column: position + 1)
            guard let ordinal = schema.columns.firstIndex(where: { $0.name == name || $0.aliases.contains(name) }) else {
                if !name.isEmpty {
                    log.warning("W-HEADER-UNKNOWN", at: location, raw: rawName, "未知的列“\(name)”，已忽略。")
                }
                continue
            }
            if positions[ordinal] != nil {
                log.error("E-HEADER-DUPLICATE", at: location, raw: rawName, "列“\(schema.columns[ordinal].name)”重复出现，只使用第一列。")
                continue
            }
            positions[ordinal] = position
        }
        for (ordinal, column) in schema.columns.enumerated() where column.isRequired && positions[ordinal] == nil {
            usable = false
            log.error(
                "E-HEADER-MISSING", at: SourceLocation(file: file, line: row.line),
                "缺少必填列“\(column.name)”，本文件的数据行均未使用。")
        }
        return (positions, usable)
    }
}
