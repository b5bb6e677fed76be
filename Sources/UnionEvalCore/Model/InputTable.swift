/// A table records come from: a CSV file, or one sheet of a workbook.
public struct InputTable: Sendable, Hashable {
    public var file: String
    public var sheet: String?

    public init(file: String, sheet: String? = nil) {
        self.file = file
        self.sheet = sheet
    }

    /// `activities/管理学院.csv`, or `activities/管理学院.xlsx[3月]` for a sheet: how reports name it.
    public var name: String { sheet.map { "\(file)[\($0)]" } ?? file }

    /// A row as the user finds it: `file:12` in a text file, `file[3月]!第12行` in a workbook.
    public func rowReference(_ line: Int) -> String {
        sheet == nil ? "\(file):\(line)" : location(line: line).address
    }

    public func location(line: Int, column: Int = 0) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, line: line, column: column)
    }
}
