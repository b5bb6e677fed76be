/// One sheet of a workbook as the core reads it: every non-empty row with its cells as UTF-8 text,
/// by row and column number as the spreadsheet shows them. Workbook readers (xlsx, xls) fill it, so
/// header matching, value checks and accounting are the same for every format.
public struct SheetGrid: Sendable {
    /// All cell text, back to back; cells are ranges of it.
    private var text: [UInt8] = []
    private var rows: [Row] = []
    /// Cells whose value could not be read (a formula without a cached value, an error value): the
    /// cell reads as empty and the problem is reported at its address.
    public private(set) var cellProblems: [CellProblem] = []
    /// Cells right of `maximumColumn`: not kept (a stray value far to the right would make every row
    /// that wide), counted and reported once with the first of them.
    public private(set) var cellsBeyondWidth = 0
    public private(set) var firstCellBeyondWidth: (row: Int, column: Int)? = nil

    /// The widest table kept: Excel 97–2003's 256 columns (IV), far beyond any ledger or roster.
    public static let maximumColumn = 256

    struct Row: Sendable {
        /// 1-based, as the sheet numbers it.
        var number: Int
        var isHidden: Bool
        /// Per column from A, the cell's range in `text`; empty ranges for empty cells.
        var cells: [Range<Int>]
    }

    /// A cell the reader could not turn into a value.
    public struct CellProblem: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// A formula saved without its result (some programs write only the formula).
            case formulaWithoutValue
            /// An error value such as #N/A or #DIV/0!.
            case errorValue(String)
        }

        public var row: Int
        public var column: Int
        public var kind: Kind

        public init(row: Int, column: Int, kind: Kind) {
            self.row = row
            self.column = column
            self.kind = kind
        }
    }

    public init() {}

    /// Starts a row; rows must come in increasing order. `number` is 1-based.
    public mutating func startRow(_ number: Int, isHidden: Bool = false) {
        precondition(rows.last.map { $0.number < number } ?? true, "rows out of order")
        rows.append(Row(number: number, isHidden: isHidden, cells: []))
    }

    /// Sets a cell of the current row; `column` is 1-based. Columns may come in any order.
    public mutating func setCell(column: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard !rows.isEmpty, column >= 1 else { return }
        guard column <= Self.maximumColumn else {
            if !bytes.isEmpty {
                cellsBeyondWidth += 1
                if firstCellBeyondWidth == nil { firstCellBeyondWidth = (rows[rows.count - 1].number, column) }
            }
            return
        }
        let start = text.count
        text.append(contentsOf: bytes)
        setRange(start..<text.count, row: rows.count - 1, column: column)
    }

    public mutating func setCell(column: Int, _ value: String) {
        var value = value
        value.withUTF8 { setCell(column: column, $0) }
    }

    public mutating func reportProblem(_ problem: CellProblem) {
        guard problem.column <= Self.maximumColumn else { return }
        cellProblems.append(problem)
    }

    private mutating func setRange(_ range: Range<Int>, row: Int, column: Int) {
        if rows[row].cells.count < column {
            rows[row].cells.append(contentsOf: repeatElement(0..<0, count: column - rows[row].cells.count))
        }
        rows[row].cells[column - 1] = range
    }

    /// A merged range: its value, held by the top-left cell, applies to every row the range covers, in
    /// the value's column (that is how a multi-row event is written). Columns right of it stay empty:
    /// a title merged across the header's width is still one title. Rows of the range that hold
    /// nothing else are not made up: a merged cell alone is not a record.
    public mutating func applyMerge(firstRow: Int, lastRow: Int, column: Int) {
        guard lastRow > firstRow, let top = rowIndex(firstRow), column >= 1, column <= rows[top].cells.count else { return }
        let value = rows[top].cells[column - 1]
        guard !value.isEmpty else { return }
        var index = top + 1
        while index < rows.count && rows[index].number <= lastRow {
            setRange(value, row: index, column: column)
            index += 1
        }
    }

    private func rowIndex(_ number: Int) -> Int? {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].number < number { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low].number == number ? low : nil
    }

    /// Hands each row to `body` as a `CellRow` whose line is the sheet's row number.
    func forEachRow(_ body: (CellRow) -> Void) {
        text.withUnsafeBufferPointer { buffer in
            for row in rows {
                var cellRow = CellRow(
                    line: row.number, spans: row.cells.map { CellRow.Span(start: $0.lowerBound, end: $0.upperBound, isQuoted: false) },
                    text: buffer, scratch: UnsafeBufferPointer(start: nil, count: 0))
                cellRow.isHidden = row.isHidden
                body(cellRow)
            }
        }
    }
}
