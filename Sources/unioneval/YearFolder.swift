import ArgumentParser
import Foundation
import UnionEvalCore

/// Reads one year's folder as the input contract lays it out.
enum YearFolder {
    static func read(_ folder: String) throws -> YearInputs {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            Console.error("找不到输入目录：\(folder)")
            throw ExitCode(2)
        }
        /// A file that exists; its bytes are read only when the core parses it.
        func file(_ name: String) -> InputFile? {
            let path = "\(folder)/\(name)"
            guard FileManager.default.isReadableFile(atPath: path) else { return nil }
            return InputFile(path: path) { try FileBytes.read(path) }
        }
        guard let unions = file("unions.csv") else {
            Console.error("输入目录缺少必需文件：\(folder)/unions.csv（参评二级工会名单）")
            throw ExitCode(2)
        }
        guard let members = file("members.csv") else {
            Console.error("输入目录缺少必需文件：\(folder)/members.csv（会员名册）")
            throw ExitCode(2)
        }
        let ledgerFolder = "\(folder)/activities"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: ledgerFolder)) ?? []
        let ledgers = names.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted()
            .compactMap { file("activities/\($0)") }
        return YearInputs(
            unions: unions, members: members, activities: ledgers, adjustments: file("adjustments.csv"),
            reviews: file("reviews.csv"), exclusions: file("exclusions.csv"))
    }
}

/// A file that existed when the folder was listed but could not be read when its turn came.
struct UnreadableFile: Error, CustomStringConvertible {
    var path: String
    var description: String { "无法读取 \(path)" }
}
