/// A workbook as a reader hands it to the core: its sheets in the order the workbook lists them.
public struct Workbook: Sendable {
    public struct Sheet: Sendable {
        public var name: String
        /// Hidden (or "very hidden") in the workbook: read like any other sheet, and noted.
        public var isHidden: Bool
        public var grid: SheetGrid

        public init(name: String, isHidden: Bool, grid: SheetGrid) {
            self.name = name
            self.isHidden = isHidden
            self.grid = grid
        }
    }

    public var sheets: [Sheet]
    /// What the reader calls the format on the 说明 sheet, e.g. "xlsx" or "xls".
    public var formatName: String

    public init(sheets: [Sheet], formatName: String) {
        self.sheets = sheets
        self.formatName = formatName
    }
}

/// Why a whole workbook could not be read. Each case says what the user should do; the run goes on
/// with the other files.
public enum WorkbookProblem: Error, Sendable, Equatable {
    /// Protected with a password to open: the file is encrypted.
    case encrypted
    /// Not a complete workbook of its kind (truncated, damaged, or another format under this name).
    case damaged(String)
    /// A part that inflates past the reader's bound, or by an absurd ratio: refused before it fills memory.
    case tooLarge(part: String, limit: String)
    /// Markup the reader refuses to process, such as a DTD or an external entity.
    case unsafeMarkup(String)

    /// The message for 数据问题, in Chinese.
    public var message: String {
        switch self {
        case .encrypted:
            return "工作簿设置了打开密码（已加密），无法读取。请在 WPS/Excel 中取消密码（文件 → 信息 → 保护工作簿）后另存为 .xlsx 再提交。"
        case .damaged(let detail):
            return "文件已损坏或不是有效的工作簿（\(detail)），无法读取。请在 WPS/Excel 中打开后另存为 .xlsx 再提交。"
        case .tooLarge(let part, let limit):
            return "工作簿中的“\(part)”解压后超过 \(limit)，不像正常台账，已拒绝读取（防止压缩炸弹）。请检查文件来源，或另存为 .xlsx 后再提交。"
        case .unsafeMarkup(let detail):
            return "工作簿含有不允许的内容（\(detail)），出于安全考虑拒绝读取。请在 WPS/Excel 中打开后另存为 .xlsx 再提交。"
        }
    }

    public var code: String {
        switch self {
        case .encrypted: return "E-WORKBOOK-ENCRYPTED"
        case .damaged: return "E-WORKBOOK-DAMAGED"
        case .tooLarge: return "E-WORKBOOK-TOO-LARGE"
        case .unsafeMarkup: return "E-WORKBOOK-UNSAFE"
        }
    }
}

/// Turns a workbook file's bytes into sheets. The xlsx and xls readers live outside the core (they need
/// a zip library and a C library); the shell hands them in through `YearInputs.workbookReaders`.
public protocol WorkbookReading: Sendable {
    func read(_ bytes: [UInt8], path: String) throws(WorkbookProblem) -> Workbook
}
