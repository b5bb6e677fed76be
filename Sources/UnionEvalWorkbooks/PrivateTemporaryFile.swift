#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import UnionEvalCore

/// A workbook's bytes in a file of the process's own (mode 0600, random name under /tmp), removed when
/// this value goes. FreeXL reads only from a path; ZIPFoundation reads a crafted zip safely only from a
/// file (its in-memory reader traps when a central directory points past the end, which a file read
/// simply reports as short).
final class PrivateTemporaryFile {
    let path: String

    init(_ bytes: [UInt8]) throws(WorkbookProblem) {
        var template = Array("/tmp/unioneval-workbook-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw .damaged("无法创建临时文件") }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { break }
            written += result
        }
        close(descriptor)
        guard written == bytes.count else {
            unlink(path)
            throw .damaged("无法写入临时文件")
        }
    }

    deinit { unlink(path) }
}
