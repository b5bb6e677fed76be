import Foundation
import UnionEvalCore
import UnionEvalDocx

/// A run's reports as files of one folder, staged and committed together (`StagedOutputs`): the
/// shell's `ReportOutputs`.
public final class StagedReportFiles: ReportOutputs {
    public let folder: String
    private let staged = StagedOutputs()

    public init(folder: String) {
        self.folder = folder
    }

    public func write(_ workbook: ReportWorkbook, preparesRowsAhead: Bool) throws -> String {
        try ReportWorkbookWriter.stage(workbook, inFolder: folder, outputs: staged, preparesRowsAhead: preparesRowsAhead)
    }

    public func write(_ document: WordDocument) throws -> String {
        let path = "\(folder)/\(document.fileName)"
        try staged.stage(try DocxWriter.bytes(of: document), to: path)
        return path
    }

    public func write(_ contents: [UInt8], named fileName: String) throws -> String {
        let path = "\(folder)/\(fileName)"
        try staged.stage(Data(contents), to: path)
        return path
    }

    public func write(named fileName: String, streaming produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws -> String {
        let path = "\(folder)/\(fileName)"
        try staged.stage(path) { temporaryPath in
            guard FileManager.default.createFile(atPath: temporaryPath, contents: nil), let handle = FileHandle(forWritingAtPath: temporaryPath)
            else { throw OutputError(path: path, reason: "无法创建临时文件（目录不可写或磁盘已满）") }
            defer { try? handle.close() }
            try produce { try handle.write(contentsOf: $0) }
        }
        return path
    }

    public func commit() throws { try staged.commit() }

    public func discard() { staged.discard() }
}
