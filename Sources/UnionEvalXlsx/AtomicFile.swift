import Foundation

/// Writes a file under its final name only when it is complete: write to a temporary file in the
/// same folder, then rename over the old one. A failure leaves the previous file untouched.
public enum AtomicFile {
    public static func write(to path: String, _ produce: (_ temporaryPath: String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = "\(folder)/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        removeStaleTemporaries(of: url.lastPathComponent, in: folder)
        do {
            try produce(temporary)
            guard rename(temporary, path) == 0 else {
                throw OutputError(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Temporary files left by a run that was killed: removed when the process that wrote them is gone.
    static func removeStaleTemporaries(of name: String, in folder: String) {
        let prefix = ".\(name)."
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let pidText = entry.dropFirst(prefix.count).dropLast(4)
            guard let pid = Int32(pidText), pid != ProcessInfo.processInfo.processIdentifier, kill(pid, 0) != 0 else {
                continue
            }
            unlink("\(folder)/\(entry)")
        }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { temporary in
            guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
                throw OutputError(path: path, reason: "无法创建临时文件（目录不可写或磁盘已满）")
            }
        }
    }
}

/// An output file could not be written.
public struct OutputError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "无法写入 \(path)：\(reason)。原有文件未被改动。" }
}
