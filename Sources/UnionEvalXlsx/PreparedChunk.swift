import UnionEvalCore

/// A chunk of rows made ready for the C library on the preparing core: text cleaned for Excel and
/// laid out as NUL-terminated UTF-8 in one buffer, numbers as doubles, and the lines each row's
/// wrapped text needs. The writing core then only hands pointers and numbers to libxlsxwriter, with
/// no strings to copy, retain or release per cell.
struct PreparedChunk: Sendable {
    enum Kind: UInt8, Sendable {
        case text, integer, points, formula
    }

    struct Cell: Sendable {
        var column: Int32
        var kind: Kind
        /// Where the cell's text (or a formula's text) starts in `text`.
        var textOffset: Int
        var number: Double
    }

    struct Row: Sendable {
        /// One past the row's last cell in `cells`.
        var cellEnd: Int
        var lines: Int
    }

    private(set) var text: [UInt8] = []
    private(set) var cells: [Cell] = []
    private(set) var rows: [Row] = []

    init(rows count: Int) {
        rows.reserveCapacity(count)
    }

    mutating func append(_ row: [ReportCell], widths: [Double]) {
        // Each text is scanned once: the measure decides both cleaning and wrapping.
        let measures = row.map { cell -> TextMeasure? in
            if case .text(let text) = cell { return TextMeasure(text) }
            return nil
        }
        for (index, cell) in row.enumerated() {
            let column = Int32(index)
            switch cell {
            case .text(let value):
                let offset = appendText(measures[index].map { ExcelText.cellText(value, measure: $0) } ?? value)
                cells.append(Cell(column: column, kind: .text, textOffset: offset, number: 0))
            case .integer(let value):
                cells.append(Cell(column: column, kind: .integer, textOffset: 0, number: Double(value)))
            case .points(let points):
                cells.append(Cell(column: column, kind: .points, textOffset: 0, number: points.doubleValue))
            case .formula(let formula, let cached):
                cells.append(Cell(column: column, kind: .formula, textOffset: appendText(formula), number: cached.doubleValue))
            case .empty:
                continue
            }
        }
        rows.append(Row(cellEnd: cells.count, lines: ReportSheet.lineCount(of: row, measures: measures, widths: widths)))
    }

    private mutating func appendText(_ value: String) -> Int {
        let offset = text.count
        text.append(contentsOf: value.utf8)
        text.append(0)
        return offset
    }

    /// Calls `body` for each row in order, with its lines and cells; a cell's text pointer (valid only
    /// inside `body`) is given for text and formula cells.
    func forEachRow(
        _ body: (_ index: Int, _ lines: Int, _ cells: ArraySlice<Cell>, _ text: UnsafePointer<CChar>) throws -> Void
    ) rethrows {
        try text.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else {
                // No text at all: every cell is a number.
                try forEachRow(text: "", body)
                return
            }
            try base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { try forEachRow(text: $0, body) }
        }
    }

    private func forEachRow(
        text: UnsafePointer<CChar>,
        _ body: (_ index: Int, _ lines: Int, _ cells: ArraySlice<Cell>, _ text: UnsafePointer<CChar>) throws -> Void
    ) rethrows {
        var start = 0
        for (index, row) in rows.enumerated() {
            try body(index, row.lines, cells[start..<row.cellEnd], text)
            start = row.cellEnd
        }
    }
}
