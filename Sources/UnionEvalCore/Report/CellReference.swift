/// A1-style references for formulas ("D2"), zero-based column and row.
public enum CellReference {
    public static func columnLetters(_ column: Int) -> String {
        var index = column
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }

    public static func cell(row: Int, column: Int) -> String {
        "\(columnLetters(column))\(row + 1)"
    }
}
