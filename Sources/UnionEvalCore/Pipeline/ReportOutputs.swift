/// Where a run's reports go. The shell's implementation (UnionEvalXlsx's `StagedReportFiles`) writes
/// each file beside its final name and renames them all into place on `commit`, so that a failure
/// anywhere leaves every previous report as it was.
public protocol ReportOutputs: Sendable {
    /// Writes a workbook and returns its path. `preparesRowsAhead`: whether its rows may be made ready
    /// on another core (not for a workbook written beside a larger one, whose writer needs that core).
    func write(_ workbook: ReportWorkbook, preparesRowsAhead: Bool) throws -> String
    /// Writes a Word document and returns its path.
    func write(_ document: WordDocument) throws -> String
    /// Writes a file of `contents` and returns its path.
    func write(_ contents: [UInt8], named fileName: String) throws -> String
    /// Writes a file whose bytes `produce` hands over piece by piece (a large file is never whole in
    /// memory), and returns its path.
    func write(named fileName: String, streaming produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws -> String
    /// Puts everything written into place.
    func commit() throws
    /// Drops everything written and not committed.
    func discard()
}
