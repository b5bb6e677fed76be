import ArgumentParser
import Foundation
import UnionEvalCore

/// Finds earlier runs' results.json: each sub-folder of the history folder (one per earlier year, as
/// `run --out` writes them) that holds one. The run's own output folder is never its own history.
enum HistoryFolder {
    /// `explicit`: the `--history` folder, which must exist, every sub-folder of it read. Otherwise the
    /// folder holding `outputFolder`, where only sub-folders named after an earlier year are read
    /// (output/2022 and output/2022-考核 beside output/2023): that folder also holds this year's other
    /// outputs, which are not history and can be large.
    static func read(explicit: String?, outputFolder: String?, currentYear: Int?, log: inout DiagnosticLog) throws -> History {
        let folder: String
        if let explicit {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: explicit, isDirectory: &isFolder), isFolder.boolValue else {
                Console.error("找不到历史目录：\(explicit)（应为存放往年输出目录的文件夹，如 output，其中有 2022/results.json）")
                throw ExitCode(2)
            }
            folder = explicit
        } else if let outputFolder {
            folder = URL(fileURLWithPath: outputFolder).deletingLastPathComponent().path
        } else {
            return History()
        }
        let own = outputFolder.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        var files: [InputFile] = []
        for entry in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !entry.hasPrefix(".") {
            if explicit == nil {
                guard let currentYear, let year = Int(entry.prefix(4)), entry.prefix(4).allSatisfy(\.isASCII), year < currentYear
                else { continue }
            }
            let subfolder = "\(folder)/\(entry)"
            guard URL(fileURLWithPath: subfolder).standardizedFileURL.path != own else { continue }
            let path = "\(subfolder)/results.json"
            guard FileManager.default.isReadableFile(atPath: path) else { continue }
            files.append(InputFile(path: path) { try FileBytes.read(path) })
        }
        return HistoryReader.read(files, folder: folder, currentYear: currentYear, reportsLaterYears: explicit != nil, log: &log)
    }
}
