extension YearData {
    /// Rows read, used and rejected over all input files.
    public var accountingTotals: (read: Int, used: Int, rejected: Int) {
        accounting.reduce((0, 0, 0)) { ($0.0 + $1.rowsRead, $0.1 + $1.rowsUsed, $0.2 + $1.rowsRejected) }
    }

    /// Whether any error diagnostic points into a ledger file of this union.
    func hasErrors(in union: Int, diagnostics: [Diagnostic]) -> Bool {
        let files = Set(rejectedLedgerRows.filter { $0.union == union }.map { self.files[$0.file] })
        return !files.isEmpty && diagnostics.contains { $0.severity == .error && files.contains($0.location.file) }
    }
}
