import UnionEvalCore

/// Which cell styles show numbers as dates. In xlsx a date is a number with a date format: the
/// style index of a cell (`s`) points to a format (`numFmtId`), built in or defined in `styles.xml`.
struct XlsxStyles {
    private var isDateStyle: [Bool] = []

    init(_ bytes: [UInt8]?) throws(WorkbookProblem) {
        guard let bytes else { return }
        var customFormats: [Int: String] = [:]
        var formatOfStyle: [Int] = []
        try bytes.withUnsafeBufferPointer { (buffer) throws(WorkbookProblem) in
            var scanner = XMLScanner(buffer)
            var inCellFormats = false
            while true {
                switch try scanner.next() {
                case .endOfDocument:
                    return
                case .start(let name, let attributes, let isEmpty):
                    if scanner.name(name, is: "numFmt"), let id = scanner.attributeInteger("numFmtId", in: attributes) {
                        customFormats[id] = try scanner.attributeText("formatCode", in: attributes) ?? ""
                    } else if scanner.name(name, is: "cellXfs") {
                        inCellFormats = !isEmpty
                    } else if inCellFormats && scanner.name(name, is: "xf") {
                        formatOfStyle.append(scanner.attributeInteger("numFmtId", in: attributes) ?? 0)
                    }
                case .end(let name):
                    if scanner.name(name, is: "cellXfs") { inCellFormats = false }
                case .text, .cdata:
                    continue
                }
            }
        }
        isDateStyle = formatOfStyle.map { Self.isDateFormat(id: $0, code: customFormats[$0]) }
    }

    func isDate(style: Int) -> Bool { style < isDateStyle.count && isDateStyle[style] }

    /// Built-in date formats (14–17, 22, and the East Asian 27–36, 50–58), or a format code with a
    /// year, day or era part outside quotes, brackets and escapes.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if let code {
            var inQuote = false
            var inBracket = false
            var escaped = false
            for character in code.lowercased() {
                if escaped {
                    escaped = false
                    continue
                }
                switch character {
                case "\\": escaped = true
                case "\"": inQuote.toggle()
                case "[": inBracket = !inQuote
                case "]": inBracket = false
                case "y", "d", "e", "年", "月", "日": if !inQuote && !inBracket { return true }
                default: continue
                }
            }
            return false
        }
        return (14...17).contains(id) || id == 22 || (27...36).contains(id) || (50...58).contains(id)
    }
}
