/// What every data row of one file shares: the file's path, its schema and where each schema column
/// sits in the file. Rows hold it as one reference, so passing a row on costs one retain, not one per field.
final class TableLayout: Sendable {
    let file: String
    let schema: CSVSchema
    /// Per schema column, its position in this file, or nil when the file lacks it.
    let positions: [Int?]

    init(file: String, schema: CSVSchema, positions: [Int?]) {
        self.file = file
        self.schema = schema
        self.positions = positions
    }
}
