/// How serious a data problem is. Errors make `run` exit with status 1; warnings do not.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public var chineseLabel: String {
        switch self {
        case .warning: return "警告"
        case .error: return "错误"
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// Where a problem was found. Line and column are 1-based; 0 means "the whole file" or "the whole line".
/// In a workbook, `sheet` names the sheet and line and column are the cell's row and column.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String
    public var sheet: String?
    public var line: Int
    public var column: Int

    public init(file: String, sheet: String? = nil, line: Int = 0, column: Int = 0) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
    }

    /// The file, with the sheet for a workbook: `activities/管理学院.xlsx[3月]`. Records name their table so.
    public var table: String { InputTable(file: file, sheet: sheet).name }

    /// Where in the table, without the file: `D12` in a sheet, `第12行第4列` in a text file, `第12行` for a
    /// whole row, empty for the whole file or sheet. The 数据问题 sheet shows it beside the file and sheet.
    public var place: String {
        guard line > 0 else { return "" }
        guard column > 0 else { return "第\(line)行" }
        return sheet == nil ? "第\(line)行第\(column)列" : CellReference.cell(row: line - 1, column: column - 1)
    }

    /// As the user finds it: `file:line:column` in a text file (the form editors jump to), and the
    /// workbook's own address in a sheet: `管理学院.xlsx[3月]!D12`, `…!第12行`, or the sheet alone.
    public var address: String {
        guard sheet != nil else { return "\(file):\(line):\(column)" }
        if line > 0 && column > 0 { return "\(table)!\(CellReference.cell(row: line - 1, column: column - 1))" }
        if line > 0 { return "\(table)!第\(line)行" }
        return table
    }
}

/// One problem found in the inputs or the criteria: a value, never a thrown error,
/// so that every problem can be collected and reported together.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var severity: Severity
    /// Stable code per kind of problem (documented in the README), e.g. `E-DATE-INVALID`.
    public var code: String
    public var location: SourceLocation
    /// The raw text of the offending cell, when there is one.
    public var rawValue: String?
    /// Explanation in Chinese for the union office.
    public var message: String

    public init(
        _ severity: Severity, code: String, at location: SourceLocation, raw rawValue: String? = nil,
        _ message: String
    ) {
        self.severity = severity
        self.code = code
        self.location = location
        self.rawValue = rawValue
        self.message = message
    }

    /// `file:line:column: 错误: message`, the form compilers use, so editors can jump to it; in a workbook
    /// the cell's address instead (`管理学院.xlsx[3月]!D12: 错误: …`).
    public var formatted: String {
        var text = "\(location.address): \(severity.chineseLabel): \(message)"
        if let rawValue, !rawValue.isEmpty { text += "（原值：\(rawValue)）" }
        text += " [\(code)]"
        return text
    }
}
