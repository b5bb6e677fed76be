import Foundation

/// A run's output files as one unit: each is written to a temporary file beside its final name, and only
/// when every one is complete are they all renamed into place. If anything fails, or the run is killed,
/// no previous report is touched (temporaries of a killed run are removed by the next run).
public final class StagedOutputs: @unchecked Sendable {
    // Workbooks are staged from several threads at once; the lock guards `staged`.
    private let lock = NSLock()
    private var staged: [(temporary: String, final: String)] = []
    private var committed = false

    public init() {}

    deinit { discard() }

    /// Writes one file through `produce`, which receives the temporary path to write.
    public func stage(_ path: String, _ produce: (_ temporaryPath: String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = "\(folder)/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        Self.removeStaleTemporaries(of: url.lastPathComponent, in: folder)
        lock.withLock { staged.append((temporary, path)) }
        do {
            try produce(temporary)
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(path: path, reason: "\(error)", underlying: error)
        }
    }

    public func stage(_ contents: Data, to path: String) throws {
        try stage(path) { temporary in
            guard FileManager.default.createFile(atPath: temporary, contents: contents) else {
                throw OutputError(path: path, reason: "无法创建临时文件（目录不可写或磁盘已满）")
            }
        }
    }

    /// Renames every staged file into place.
    public func commit() throws {
        for (temporary, final) in staged {
            guard rename(temporary, final) == 0 else {
                throw OutputError(path: final, reason: String(cString: strerror(errno)))
            }
        }
        committed = true
    }

    /// Removes temporaries that were not committed.
    public func discard() {
        guard !committed else { return }
        for (temporary, _) in staged { unlink(temporary) }
        staged.removeAll()
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
}
