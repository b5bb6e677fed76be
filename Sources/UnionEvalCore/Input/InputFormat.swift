/// What kind of file an input is, from its name and first bytes. Office staff save whatever their
/// program offers, so formats the tool cannot read are named with what to do instead.
public enum InputFormat: Sendable, Hashable {
    case csv
    case xlsx
    case xls
    /// A format the tool does not read, with the advice for the user.
    case unsupported(String)

    /// The extensions read as tables; anything else in a folder is reported, not read.
    public static let readableExtensions: Set<String> = ["csv", "txt", "xlsx", "xlsm", "xls"]

    public static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Decided by the extension, then checked against the bytes: an .xls that is really an xlsx (WPS
    /// does that) is read as xlsx; an .xlsx that is an OLE container is an encrypted workbook.
    public init(path: String, bytes: [UInt8]) {
        let isZip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let isOLE = bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        switch Self.fileExtension(of: path) {
        case "csv", "txt":
            self = isZip || isOLE ? .unsupported(Self.renamedAdvice) : .csv
        case "xlsx", "xlsm":
            self = isOLE ? .xls : .xlsx
        case "xls":
            self = isZip ? .xlsx : isOLE ? .xls : .unsupported("文件扩展名是 .xls，但内容不是 Excel 工作簿（可能是从网页系统导出的 HTML 或文本）。请用 WPS/Excel 打开后另存为 .xlsx 再提交。")
        case "et", "ett":
            self = .unsupported("这是 WPS 表格专用格式（.et），本工具无法读取。请在 WPS 中“另存为 → Excel 工作簿（.xlsx）”后再提交。")
        case "ods":
            self = .unsupported("这是 OpenDocument 表格（.ods），本工具无法读取。请另存为 Excel 工作簿（.xlsx）后再提交。")
        case "numbers":
            self = .unsupported("这是 Apple Numbers 文件，本工具无法读取。请在 Numbers 中“导出为 → Excel”后再提交。")
        case "wps", "doc", "docx":
            self = .unsupported("这是文字处理文档，不是表格。请把台账做成 Excel 工作簿（.xlsx）后再提交。")
        case "xlsb":
            self = .unsupported("这是 Excel 二进制工作簿（.xlsb），本工具无法读取。请另存为 Excel 工作簿（.xlsx）后再提交。")
        default:
            self = .unsupported("本工具只读取 .xlsx、.xls 和 .csv 文件。请另存为 Excel 工作簿（.xlsx）后再提交。")
        }
    }

    private static let renamedAdvice = "文件扩展名是 .csv，但内容是 Excel 工作簿。请把扩展名改为 .xlsx，或另存为 CSV 后再提交。"
}
