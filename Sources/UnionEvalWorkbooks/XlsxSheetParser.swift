import UnionEvalCore

/// Reads one worksheet part (`sheetN.xml`) into a `SheetGrid`: cell values as the user sees them
/// (shared and inline strings, numbers, booleans, dates from date-formatted numbers, formula results),
/// hidden rows, and merged ranges.
struct XlsxSheetParser {
    let sharedStrings: XlsxSharedStrings
    let styles: XlsxStyles
    /// 1904 date system (old Mac workbooks): serial 0 is 1904-01-01 instead of 1899-12-31.
    let uses1904Dates: Bool

    /// Excel's last row and column; a cell beyond them is damage.
    static let maximumRow = 1_048_576
    static let maximumColumn = 16_384

    func parse(_ bytes: [UInt8]) throws(WorkbookProblem) -> SheetGrid {
        var grid = SheetGrid()
        try bytes.withUnsafeBufferPointer { (buffer) throws(WorkbookProblem) in
            var scanner = XMLScanner(buffer)
            var cell = CellState()
            var rowNumber = 0
            var inRow = false
            var value: [UInt8] = []
            var capturing = false
            var inInlineString = false
            var merges: [(firstRow: Int, lastRow: Int, column: Int)] = []
            while true {
                switch try scanner.next() {
                case .endOfDocument:
                    for merge in merges { grid.applyMerge(firstRow: merge.firstRow, lastRow: merge.lastRow, column: merge.column) }
                    return
                case .start(let name, let attributes, let isEmpty):
                    switch SheetElement(name, in: scanner) {
                    case .cell:
                        guard inRow else { throw .damaged("单元格不在行内") }
                        var reference: Range<Int>? = nil
                        var type = CellType.number
                        var style = 0
                        scanner.forEachAttribute(in: attributes) { attribute, value in
                            guard attribute.count == 1 else { return }
                            switch scanner.byte(at: attribute.lowerBound) {
                            case UInt8(ascii: "r"): reference = value
                            case UInt8(ascii: "t"): type = CellType(value, in: scanner)
                            case UInt8(ascii: "s"): style = scanner.integer(value) ?? 0
                            default: break
                            }
                        }
                        let column: Int
                        if let reference {
                            guard let address = CellAddress(scanner.slice(reference)), address.row == rowNumber else {
                                throw .damaged("单元格地址无效")
                            }
                            column = address.column
                        } else {
                            column = cell.column + 1
                        }
                        guard column <= Self.maximumColumn else { throw .damaged("超出 Excel 的最大列数") }
                        cell = CellState(column: column, type: type, style: style)
                        value.removeAll(keepingCapacity: true)
                    case .value:
                        capturing = !isEmpty
                        cell.hasValue = true
                    case .formula:
                        cell.hasFormula = true
                    case .inlineString:
                        inInlineString = !isEmpty
                        cell.hasValue = true
                    case .text:
                        capturing = inInlineString && !isEmpty
                    case .row:
                        let number = scanner.attributeInteger("r", in: attributes) ?? rowNumber + 1
                        guard number > rowNumber, number <= Self.maximumRow else { throw .damaged("行号无效或超出 Excel 的最大行数") }
                        rowNumber = number
                        let hidden = scanner.attribute("hidden", in: attributes).map { Self.isTrue(scanner.slice($0)) } ?? false
                        grid.startRow(number, isHidden: hidden)
                        inRow = !isEmpty
                        cell = CellState()
                    case .mergeCell:
                        guard let reference = try scanner.attributeText("ref", in: attributes) else { break }
                        let corners = reference.split(separator: ":")
                        if corners.count == 2, let first = CellAddress(String(corners[0])), let last = CellAddress(String(corners[1])) {
                            merges.append((first.row, last.row, first.column))
                        }
                    case .other:
                        break
                    }
                case .end(let name):
                    switch SheetElement(name, in: scanner) {
                    case .value, .text: capturing = false
                    case .inlineString: inInlineString = false
                    case .cell: finish(cell, value: value, row: rowNumber, grid: &grid)
                    case .row: inRow = false
                    default: break
                    }
                case .text(let range):
                    if capturing { try scanner.appendDecoded(range, to: &value) }
                case .cdata(let range):
                    if capturing { value.append(contentsOf: scanner.slice(range)) }
                }
            }
        }
        return grid
    }

    private struct CellState {
        var column = 0
        var type = CellType.number
        var style = 0
        var hasValue = false
        var hasFormula = false
    }

    /// The worksheet elements the parser acts on, told apart by length and first byte: every tag of a
    /// sheet is classified, so this is on the hot path.
    private enum SheetElement {
        case cell, value, formula, inlineString, text, row, mergeCell, other

        init(_ name: Range<Int>, in scanner: XMLScanner) {
            let first = scanner.byte(at: name.lowerBound)
            switch name.count {
            case 1:
                switch first {
                case UInt8(ascii: "c"): self = .cell
                case UInt8(ascii: "v"): self = .value
                case UInt8(ascii: "f"): self = .formula
                case UInt8(ascii: "t"): self = .text
                default: self = .other
                }
            case 2: self = scanner.name(name, is: "is") ? .inlineString : .other
            case 3: self = scanner.name(name, is: "row") ? .row : .other
            case 9: self = scanner.name(name, is: "mergeCell") ? .mergeCell : .other
            default: self = .other
            }
        }
    }

    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, date

        /// The `t` attribute: s, inlineStr, str, b, e, d, or n (the default).
        init(_ value: Range<Int>, in scanner: XMLScanner) {
            guard let first = value.first.map(scanner.byte(at:)) else {
                self = .number
                return
            }
            switch (first, value.count) {
            case (UInt8(ascii: "s"), 1): self = .sharedString
            case (UInt8(ascii: "i"), _): self = .inlineString
            case (UInt8(ascii: "s"), 3): self = .formulaString
            case (UInt8(ascii: "b"), 1): self = .boolean
            case (UInt8(ascii: "e"), 1): self = .error
            case (UInt8(ascii: "d"), 1): self = .date
            default: self = .number
            }
        }
    }

    private func finish(_ cell: CellState, value: [UInt8], row: Int, grid: inout SheetGrid) {
        guard cell.hasValue else {
            if cell.hasFormula { grid.reportProblem(.init(row: row, column: cell.column, kind: .formulaWithoutValue)) }
            return
        }
        switch cell.type {
        case .sharedString:
            guard let index = Self.integer(value), index < sharedStrings.count else {
                grid.reportProblem(.init(row: row, column: cell.column, kind: .errorValue("共享字符串索引无效")))
                return
            }
            sharedStrings.withBytes(index) { grid.setCell(column: cell.column, $0) }
        case .inlineString, .formulaString:
            value.withUnsafeBufferPointer { grid.setCell(column: cell.column, $0) }
        case .boolean:
            grid.setCell(column: cell.column, value == [UInt8(ascii: "1")] ? "是" : "否")
        case .error:
            grid.reportProblem(.init(row: row, column: cell.column, kind: .errorValue(String(decoding: value, as: UTF8.self))))
        case .date:
            // ISO 8601 text; the day is the first ten characters.
            grid.setCell(column: cell.column, String(decoding: value.prefix(10), as: UTF8.self))
        case .number:
            if value.isEmpty { return }
            if styles.isDate(style: cell.style), let serial = Double(String(decoding: value, as: UTF8.self)),
                let date = ExcelDate.text(serial: serial, uses1904: uses1904Dates)
            {
                grid.setCell(column: cell.column, date)
            } else {
                grid.setCell(column: cell.column, ExcelNumber.text(value))
            }
        }
    }

    private static func integer(_ bytes: [UInt8]) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var number = 0
        for byte in bytes {
            guard (48...57).contains(byte) else { return nil }
            number = number * 10 + Int(byte - 48)
        }
        return number
    }

    private static func isTrue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        return text == "1" || text == "true"
    }
}
