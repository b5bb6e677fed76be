import ArgumentParser
import Foundation
import UnionEvalCore
import UnionEvalXlsx

/// The shell of a comparison, shared by `compare` and `run --compare-with`: reads a run folder's
/// results.json (exit status 2 when it cannot), writes 变化对照.xlsx and prints the summary line.
enum ComparisonOutput {
    /// The results.json of the run folder `folder`, read before anything is written over it.
    static func read(_ folder: String) throws -> RunComparison.Side {
        let path = (folder as NSString).appendingPathComponent(ResultsDocument.fileName)
        guard let bytes = try? FileBytes.read(path) else {
            Console.error("找不到 \(path)：请指定 unioneval run 的输出目录（其中有 results.json）。")
            throw ExitCode(2)
        }
        let document: ResultsDocument
        do {
            document = try ResultsDocument(json: bytes)
        } catch {
            Console.error("无法读取 \(path)：不是 unioneval 生成的 results.json（\(ResultsDocument.describe(error))）。")
            throw ExitCode(2)
        }
        // The ledger trail is optional: without it the comparison says what it cannot explain.
        guard let name = document.trail?.ledgerFile else { return RunComparison.Side(folder: folder, document: document) }
        let ledgerPath = (folder as NSString).appendingPathComponent(name)
        guard let ledgerBytes = try? FileBytes.read(ledgerPath) else { return RunComparison.Side(folder: folder, document: document) }
        do {
            return RunComparison.Side(folder: folder, document: document, ledger: try LedgerTrail.Reader(ledgerBytes))
        } catch let damaged as LedgerTrail.Reader.Damaged {
            Console.error("\(ledgerPath):\(damaged.line): 不是 unioneval 生成的台账记录文件，台账不逐条对照。")
            return RunComparison.Side(folder: folder, document: document)
        }
    }

    /// Whether two paths name the same folder.
    static func sameFolder(_ first: String, _ second: String) -> Bool {
        URL(fileURLWithPath: first).standardizedFileURL.path == URL(fileURLWithPath: second).standardizedFileURL.path
    }

    /// Compares and writes `变化对照.xlsx` into `folder`; prints where, and the summary.
    static func write(old: RunComparison.Side, new: RunComparison.Side, into folder: String, time: ReproducibleTime?) throws {
        let comparison = RunComparison(old: old, new: new)
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let report = ComparisonReport(
            comparison, madeAt: time?.text ?? formatter.string(from: Date()), asOf: time?.secondsSince1970)
        try OutputFolder.create(folder)
        let outputs = StagedReportFiles(folder: folder)
        let path: String
        do {
            path = try outputs.write(report.workbook(), preparesRowsAhead: false)
            try outputs.commit()
        } catch {
            outputs.discard()
            Console.error("\(error)")
            throw ExitCode(2)
        }
        Console.out("已生成：\(path)")
        Console.out(comparison.summary)
        comparison.notes.forEach { Console.out("注意：\($0)") }
    }
}
