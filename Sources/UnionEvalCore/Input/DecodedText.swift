import Foundation

/// A file's text normalised to UTF-8 bytes, ready for the CSV reader.
public struct DecodedText: Sendable {
    public var utf8: [UInt8]
    public var encoding: TextEncoding
    /// Field separator: a comma, or a tab for Excel's "Unicode 文本" (UTF-16) export.
    public var delimiter: UInt8
    /// Lines holding bytes valid in no supported encoding; rows starting there are rejected.
    public var corruptLines: Set<Int>

    /// Detects the encoding (never asks the user): UTF-8 with or without BOM, UTF-16 with BOM,
    /// else GB18030 (a superset of GBK, which Excel and WPS write for "CSV" on a Chinese system).
    public static func decode(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(Array(bytes.dropFirst(3)), encoding: .utf8WithBOM, path: path, log: &log)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            let encoding: String.Encoding = littleEndian ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) {
                let utf8 = Array(text.utf8)
                let delimiter: UInt8 = firstLine(of: utf8).contains(0x09) ? 0x09 : 0x2C
                return DecodedText(
                    utf8: utf8, encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian,
                    delimiter: delimiter, corruptLines: [])
            }
            log.error(
                "E-ENCODING-UTF16", at: SourceLocation(file: path),
                "文件带有 UTF-16 标记但内容无法解码。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后重新提交。")
            return DecodedText(utf8: [], encoding: .utf16LittleEndian, delimiter: 0x2C, corruptLines: [])
        }
        if UTF8Validation.firstInvalidOffset(in: bytes[...]) == nil {
            return DecodedText(utf8: bytes, encoding: .utf8, delimiter: 0x2C, corruptLines: [])
        }
        if let text = String(data: Data(bytes), encoding: gb18030) {
            return DecodedText(utf8: Array(text.utf8), encoding: .gb18030, delimiter: 0x2C, corruptLines: [])
        }
        return decodeUTF8(bytes, encoding: .utf8, path: path, log: &log)
    }

    /// NSStringEncoding value of kCFStringEncodingGB_18030_2000, which Foundation decodes on Linux too.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes line by line so one damaged line is reported with its number instead of
    /// spoiling the file; a damaged line is kept (with U+FFFD) and marked corrupt.
    private static func decodeUTF8(
        _ bytes: [UInt8], encoding: TextEncoding, path: String, log: inout DiagnosticLog
    ) -> DecodedText {
        guard UTF8Validation.firstInvalidOffset(in: bytes[...]) != nil else {
            return DecodedText(utf8: bytes, encoding: encoding, delimiter: 0x2C, corruptLines: [])
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var corrupt: Set<Int> = []
        var line = 1
        var start = 0
        var usedGB18030 = false
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            let slice = bytes[start..<end]
            if UTF8Validation.firstInvalidOffset(in: slice) == nil {
                output.append(contentsOf: slice)
            } else if let text = String(data: Data(slice), encoding: gb18030) {
                usedGB18030 = true
                output.append(contentsOf: text.utf8)
            } else {
                corrupt.insert(line)
                output.append(contentsOf: String(decoding: slice, as: UTF8.self).utf8)
                log.error(
                    "E-ENCODING-BYTES", at: SourceLocation(file: path, line: line),
                    "此行含有既不是 UTF-8 也不是 GBK/GB18030 的字节，该行未使用。请用 Excel 或 WPS 打开后“另存为 CSV UTF-8”再提交。")
            }
            line += 1
            start = end
        }
        if usedGB18030 {
            log.warning(
                "W-ENCODING-MIXED", at: SourceLocation(file: path),
                "文件混用了 UTF-8 和 GBK 编码，已逐行识别。建议统一另存为 CSV UTF-8。")
        }
        return DecodedText(utf8: output, encoding: encoding, delimiter: 0x2C, corruptLines: corrupt)
    }

    private static func firstLine(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes[..<(bytes.firstIndex(of: 0x0A) ?? bytes.count)]
    }
}
