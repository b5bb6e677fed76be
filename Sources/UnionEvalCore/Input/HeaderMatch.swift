/// How one row reads as a header of a schema: which cell names which schema column, which cells name a
/// column a cell before them already named, and which name nothing.
struct HeaderMatch {
    /// Per schema column, the first cell naming it.
    var positions: [Int?]
    var requiredFound = 0
    /// Cells naming a column already named, with that column's ordinal.
    var doubled: [(position: Int, ordinal: Int)] = []
    var unknown: [Int] = []

    init(_ row: CellRow, schema: TableSchema) {
        positions = [Int?](repeating: nil, count: schema.columns.count)
        for position in 0..<row.fieldCount {
            let bytes = UTF8Trimming.trimmed(row.bytes(position))
            guard !bytes.isEmpty else { continue }
            // Header cells are short; a long cell is a title or a note.
            guard bytes.count <= 60, let ordinal = schema.ordinal(forHeader: String(decoding: bytes, as: UTF8.self)) else {
                unknown.append(position)
                continue
            }
            guard positions[ordinal] == nil else {
                doubled.append((position, ordinal))
                continue
            }
            positions[ordinal] = position
            if schema.columns[ordinal].isRequired { requiredFound += 1 }
        }
    }

    func hasRequired(_ schema: TableSchema) -> Bool {
        requiredFound == schema.columns.count { $0.isRequired }
    }

    /// Reports the header row's unknown and doubled columns; returns the positions.
    func report(_ row: CellRow, schema: TableSchema, file: String, sheet: String?, log: inout DiagnosticLog) -> [Int?] {
        func location(_ position: Int) -> SourceLocation {
            SourceLocation(file: file, sheet: sheet, line: row.line, column: position + 1)
        }
        for (position, ordinal) in doubled {
            let first = positions[ordinal]!
            let name = row.field(position).trimmingWhitespace()
            let firstName = row.field(first).trimmingWhitespace()
            let both = name == firstName ? "列“\(name)”重复出现" : "“\(name)”和“\(firstName)”（第 \(first + 1) 列）都表示“\(schema.columns[ordinal].name)”"
            log.error("E-HEADER-DUPLICATE", at: location(position), raw: row.field(position), "\(both)，只使用第一列。请删除或改名其中一列。")
        }
        for position in unknown {
            let name = row.field(position).trimmingWhitespace()
            log.warning("W-HEADER-UNKNOWN", at: location(position), raw: row.field(position), "未知的列“\(name)”，已忽略。")
        }
        return positions
    }
}

/// The row that came closest to a header in a table that has none, for the one error that says which
/// columns are missing.
struct HeaderCandidate {
    let schema: TableSchema
    var line = 0
    var requiredFound = -1
    var missing: [String] = []
    /// Non-blank rows of the table.
    var rows = 0

    init(schema: TableSchema) { self.schema = schema }

    mutating func consider(_ match: HeaderMatch, line: Int) {
        guard match.requiredFound > requiredFound else { return }
        requiredFound = match.requiredFound
        self.line = line
        missing = schema.columns.indices.filter { schema.columns[$0].isRequired && match.positions[$0] == nil }.map { schema.columns[$0].name }
    }

    func isFurther(than other: HeaderCandidate) -> Bool { requiredFound < other.requiredFound }

    func report(file: String, sheet: String?, log: inout DiagnosticLog) {
        let place = sheet.map { "工作表“\($0)”" } ?? "文件"
        guard requiredFound >= 0 else {
            log.error("E-CSV-EMPTY", at: SourceLocation(file: file, sheet: sheet, line: 1), "\(place)为空，没有表头。")
            return
        }
        let missingText = missing.map { "“\($0)”" }.joined(separator: "、")
        log.error(
            "E-HEADER-MISSING", at: SourceLocation(file: file, sheet: sheet, line: line),
            "找不到表头：没有一行同时含有必填列 \(schema.requiredNames)；最接近的是第 \(line) 行，缺少必填列\(missingText)。本\(sheet == nil ? "文件" : "工作簿")的数据行均未使用。")
    }
}
