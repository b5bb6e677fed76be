/// What every data row of one table shares: the file's path, the sheet for a workbook, its schema and
/// where each schema column sits. Rows hold it as one reference, so passing a row on costs one retain,
/// not one per field.
final class TableLayout: Sendable {
    let file: String
    let sheet: String?
    let schema: TableSchema
    /// Per schema column, its position in this table, or nil when the table lacks it.
    let positions: [Int?]

    init(file: String, sheet: String? = nil, schema: TableSchema, positions: [Int?]) {
        self.file = file
        self.sheet = sheet
        self.schema = schema
        self.positions = positions
    }

}
