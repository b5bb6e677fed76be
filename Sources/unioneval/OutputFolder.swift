import ArgumentParser
import Foundation

/// The folder a command writes into: made when missing; when it cannot be, the user is told and the
/// command ends with status 2.
enum OutputFolder {
    static func create(_ path: String, named out: String? = nil) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            Console.error("无法创建输出目录 \(out ?? path)：\(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}
