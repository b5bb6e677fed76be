import Foundation

/// Writes a single file under its final name only when it is complete (see `StagedOutputs` for several).
public enum AtomicFile {
    public static func write(to path: String, _ produce: (_ temporaryPath: String) throws -> Void) throws {
        let outputs = StagedOutputs()
        try outputs.stage(path, produce)
        try outputs.commit()
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
