import ArgumentParser
import Foundation
import UnionEvalCore
import UnionEvalWorkbooks

/// Reads one year's folder as the input contract lays it out. Each file may be a CSV or an Excel
/// workbook (`members.xlsx`, `activities/管理学院.xls`); everything in the folder that is not read is
/// reported by name, so no file disappears.
enum YearFolder {
    /// The office's files, by the name before the extension, and what they are.
    static let officeFiles: [(name: String, what: String)] =
        [("unions", "参评二级工会名单"), ("members", "会员名册")] + OfficeFile.allCases.map { ($0.rawValue, $0.chineseName) }

    static func read(_ folder: String) throws -> YearInputs {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            Console.error("找不到输入目录：\(folder)")
            throw ExitCode(2)
        }
        var problems = DiagnosticLog()
        /// A file that exists; its bytes are read only when the core parses it.
        func file(_ name: String) -> InputFile {
            let path = "\(folder)/\(name)"
            return InputFile(path: path) { try FileBytes.read(path) }
        }
        let topLevel = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var office: [String: InputFile] = [:]
        for (name, what) in officeFiles {
            let candidates = topLevel.filter { entry in
                let fileExtension = InputFormat.fileExtension(of: entry)
                return spreadsheetExtensions.contains(fileExtension) && entry.dropLast(fileExtension.count + 1) == name
                    && isReadable("\(folder)/\(entry)")
            }.sorted { preference($0) < preference($1) }
            guard let chosen = candidates.first else { continue }
            for other in candidates.dropFirst() {
                problems.error(
                    "E-FILE-AMBIGUOUS", at: SourceLocation(file: "\(folder)/\(other)"),
                    "输入目录中同时有 \(chosen) 和 \(other)（都是\(what)），只读取了 \(chosen)，本文件未读取。请删除不用的那一份。")
            }
            office[name] = file(chosen)
        }
        guard let unions = office["unions"] else {
            Console.error("输入目录缺少必需文件：\(folder)/unions.csv 或 unions.xlsx（参评二级工会名单）")
            throw ExitCode(2)
        }
        guard let members = office["members"] else {
            Console.error("输入目录缺少必需文件：\(folder)/members.csv 或 members.xlsx（会员名册）")
            throw ExitCode(2)
        }
        let used = Set(office.values.map(\.path))
        for entry in topLevel.sorted() where entry != "activities" && !used.contains("\(folder)/\(entry)") {
            let path = "\(folder)/\(entry)"
            if let note = skipNote(entry) {
                problems.warning("W-FILE-SKIPPED", at: SourceLocation(file: path), note)
            } else if !officeFiles.contains(where: { entry.hasPrefix($0.name + ".") }) {
                let names = officeFiles.map { "\($0.name)（\($0.what)）" }.joined(separator: "、")
                problems.warning(
                    "W-FILE-UNKNOWN", at: SourceLocation(file: path),
                    "输入目录中有不认识的文件“\(entry)”，未读取。本工具读取的文件名为：\(names)，以及 activities 目录中的台账。")
            }
        }
        let ledgerFolder = "\(folder)/activities"
        var ledgers: [InputFile] = []
        for entry in ((try? FileManager.default.contentsOfDirectory(atPath: ledgerFolder)) ?? []).sorted() {
            let path = "\(ledgerFolder)/\(entry)"
            var entryIsFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &entryIsFolder)
            if let note = skipNote(entry) {
                problems.warning("W-FILE-SKIPPED", at: SourceLocation(file: path), note)
            } else if exists && entryIsFolder.boolValue {
                problems.warning(
                    "W-FILE-SKIPPED", at: SourceLocation(file: path), "activities 中的子目录“\(entry)”未读取：台账请直接放在 activities 目录中。")
            } else if !isReadable(path) {
                problems.error("E-FILE-READ", at: SourceLocation(file: path), "文件无法读取（没有读取权限）。")
            } else {
                // Formats the tool cannot read are passed on too: the core names them with what to do.
                ledgers.append(file("activities/\(entry)"))
            }
        }
        var inputs = YearInputs(
            unions: unions, members: members, activities: ledgers,
            office: Dictionary(uniqueKeysWithValues: OfficeFile.allCases.compactMap { kind in office[kind.rawValue].map { (kind, $0) } }))
        inputs.xlsxReader = XlsxWorkbookReader()
        inputs.xlsReader = XlsWorkbookReader()
        inputs.folderProblems = problems.diagnostics
        return inputs
    }

    /// Lock files Office and WPS leave while a workbook is open (`~$管理学院.xlsx`), and hidden files.
    private static func skipNote(_ entry: String) -> String? {
        if entry.hasPrefix("~$") { return "“\(entry)”是 Excel/WPS 打开文件时留下的临时锁定文件，已跳过。" }
        if entry.hasPrefix(".") { return "“\(entry)”是隐藏文件，已跳过。" }
        return nil
    }

    /// What an office file may be saved as: the formats read, and spreadsheet formats reported with advice.
    private static let spreadsheetExtensions = InputFormat.readableExtensions.union(["et", "ett", "ods", "numbers", "xlsb"])

    /// CSV first (the contract's own format), then xlsx, then xls; unknown extensions never.
    private static func preference(_ entry: String) -> Int {
        ["csv", "xlsx", "xlsm", "xls"].firstIndex(of: InputFormat.fileExtension(of: entry)) ?? 9
    }

    private static func isReadable(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isReadableFile(atPath: path)
    }
}

/// A file that existed when the folder was listed but could not be read when its turn came.
struct UnreadableFile: Error, CustomStringConvertible {
    var path: String
    var description: String { "无法读取 \(path)" }
}
