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
                    if scanner.name(name, is: "c") {
                        guard inRow else { throw .damaged("单元格不在行内") }
                        let column: Int
                        if let reference = scanner.attribute("r", in: attributes) {
                            guard let address = CellAddress(scanner.slice(reference)), address.row == rowNumber else {
                                throw .damaged("单元格地址无效")
                            }
                            column = address.column
                        } else {
                            column = cell.column + 1
                        }
                        guard column <= Self.maximumColumn else { throw .damaged("超出 Excel 的最大列数") }
                        cell = CellState(column: column)
                        cell.type = scanner.attribute("t", in: attributes).map { CellType(scanner.slice($0)) } ?? .number
                        cell.style = scanner.attributeInteger("s", in: attributes) ?? 0
                        value.removeAll(keepingCapacity: true)
                        if isEmpty { cell.column = column }
                    } else if scanner.name(name, is: "v") {
                        capturing = !isEmpty
                        cell.hasValue = true
                    } else if scanner.name(name, is: "f") {
                        cell.hasFormula = true
                    } else if scanner.name(name, is: "is") {
                        inInlineString = !isEmpty
                        cell.hasValue = true
                    } else if inInlineString && scanner.name(name, is: "t") {
                        capturing = !isEmpty
                    } else if scanner.name(name, is: "row") {
                        let number = scanner.attributeInteger("r", in: attributes) ?? rowNumber + 1
                        guard number > rowNumber, number <= Self.maximumRow else { throw .damaged("行号无效或超出 Excel 的最大行数") }
                        rowNumber = number
                        let hidden = scanner.attribute("hidden", in: attributes).map { Self.isTrue(scanner.slice($0)) } ?? false
                        grid.startRow(number, isHidden: hidden)
                        inRow = !isEmpty
                        cell = CellState()
                    } else if scanner.name(name, is: "mergeCell"), let reference = try scanner.attributeText("ref", in: attributes) {
                        let corners = reference.split(separator: ":")
                        if corners.count == 2, let first = CellAddress(String(corners[0])), let last = CellAddress(String(corners[1])) {
                            merges.append((first.row, last.row, first.column))
                        }
                    }
                case .end(let name):
                    if scanner.name(name, is: "v") || scanner.name(name, is: "t") {
                        capturing = false
                    } else if scanner.name(name, is: "is") {
                        inInlineString = false
                    } else if scanner.name(name, is: "c") {
                        finish(cell, value: value, row: rowNumber, grid: &grid)
                    } else if scanner.name(name, is: "row") {
                        inRow = false
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

    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, date

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            switch String(decoding: bytes, as: UTF8.self) {
            case "s": self = .sharedString
            case "inlineStr": self = .inlineString
            case "str": self = .formulaString
            case "b": self = .boolean
            case "e": self = .error
            case "d": self = .date
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
            if styles.isDate(style: cell.style), let serial = Double(String(decoding: value, as: UTF8.self)) {
                grid.setCell(column: cell.column, ExcelDate.text(serial: serial, uses1904: uses1904Dates))
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
