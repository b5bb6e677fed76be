import ArgumentParser
import Foundation
import UnionEvalCore
import UnionEvalDigest

/// Reads the criteria and the year folder from disk and runs the pure pipeline on them.
struct EvaluationSession {
    let criteria: Criteria
    var run: EvaluationRun
    let context: RunContext
    /// Per unit, records dated after `recordsThrough` that were set aside (empty without it).
    var setAside: [Int] = []

    /// `writesReports` is false for `validate`, which needs no file fingerprints and no per-record credits. With `scoresPeople:
    /// false` the run stops after ranking units (see `EvaluationRun.nominate`).
    init(
        options: CommonOptions, timer: inout PhaseTimer, printCriteriaWarnings: Bool = true, writesReports: Bool = true,
        scoresPeople: Bool = true, outputFolder: String? = nil, fixedTime: ReproducibleTime? = nil,
        keepsRecordTrail: Bool? = nil, recordsThrough: CalendarDate? = nil
    ) throws {
        let criteriaBytes = try Self.readRequired(options.criteria, what: "评分标准文件")
        var decodeLog = DiagnosticLog()
        let criteriaText = DecodedText.decode(criteriaBytes, path: options.criteria, log: &decodeLog)
        let parsed = CriteriaParser.parse(String(decoding: criteriaText.utf8, as: UTF8.self), file: options.criteria)
        let criteriaDiagnostics = decodeLog.diagnostics + parsed.diagnostics
        guard let criteria = parsed.criteria, !criteriaDiagnostics.contains(where: { $0.severity == .error }) else {
            criteriaDiagnostics.forEach { Console.error($0.formatted) }
            let errors = criteriaDiagnostics.count { $0.severity == .error }
            Console.error("评分标准文件有 \(errors) 个错误，无法计分。")
            throw ExitCode(2)
        }
        if printCriteriaWarnings { criteriaDiagnostics.forEach { Console.error($0.formatted) } }
        self.criteria = criteria
        var inputs = try YearFolder.read(options.inputs)
        inputs.fingerprint = writesReports ? .sha256 : nil
        var historyLog = DiagnosticLog()
        let history = try HistoryFolder.read(
            explicit: options.history, outputFolder: outputFolder, currentYear: criteria.year, log: &historyLog)
        var (data, loadDiagnostics) = YearDataLoader.load(inputs, criteria: criteria)
        if let recordsThrough {
            let later = data.keepRecords(through: recordsThrough)
            setAside = later.perUnit
            // What was said about a record set aside goes with it.
            loadDiagnostics.removeAll { later.places.contains($0.location.row) }
        }
        timer.mark("读取")
        self.run = EvaluationRun(
            data: data, loadDiagnostics: loadDiagnostics + historyLog.diagnostics, criteria: criteria, history: history,
            scoresPeople: scoresPeople, keepsRecordTrail: keepsRecordTrail ?? writesReports)
        timer.mark("计分")
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        var context = RunContext(
            runTime: fixedTime?.text ?? formatter.string(from: Date()), criteriaPath: options.criteria,
            criteriaSHA256: FileFingerprint.hex(of: criteriaBytes), inputFolder: options.inputs)
        context.asOf = fixedTime?.secondsSince1970
        context.evaluationPeriod = criteria.evaluationYear.flatMap { $0.startsOnNewYear ? nil : $0.spanDescription }
        self.context = context
    }

    static func readRequired(_ path: String, what: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("找不到\(what)：\(path)")
            throw ExitCode(2)
        }
        return Array(data)
    }

    func printDiagnostics() {
        for diagnostic in run.diagnostics { Console.error(diagnostic.formatted) }
        let totals = run.data.accountingTotals
        let errors = run.diagnostics.count { $0.severity == .error }
        let warnings = run.diagnostics.count - errors
        Console.error(
            "检查完成：错误 \(errors) 个，警告 \(warnings) 个；读取 \(totals.read) 行 = 使用 \(totals.used) 行 + 报告问题 \(totals.rejected) 行"
                + (totals.layout > 0 ? " + 标题、合计、签名等版式行 \(totals.layout) 行。" : "。"))
    }
}
