/// Where a table's rows come from: a decoded CSV file, or a workbook sheet. Both hand out `CellRow`s.
enum TableRows {
    case csv(DecodedText)
    case sheet(SheetGrid)

    func forEach(_ body: (CellRow) -> Void) {
        switch self {
        case .csv(let text): CSVParser.parse(text, body: body)
        case .sheet(let grid): grid.forEachRow(body)
        }
    }
}
