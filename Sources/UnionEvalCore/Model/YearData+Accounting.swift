extension YearData {
    /// Rows read, used, rejected and layout over all input tables.
    public var accountingTotals: (read: Int, used: Int, rejected: Int, layout: Int) {
        accounting.reduce((0, 0, 0, 0)) { ($0.0 + $1.rowsRead, $0.1 + $1.rowsUsed, $0.2 + $1.rowsRejected, $0.3 + $1.rowsLayout) }
    }

    /// Whether any error diagnostic points into a ledger file of this union.
    func hasErrors(in union: Int, diagnostics: [Diagnostic]) -> Bool {
        let tables = Set(rejectedLedgerRows.filter { $0.union == union }.map { files[$0.file].name })
        return !tables.isEmpty && diagnostics.contains { $0.severity == .error && tables.contains($0.location.table) }
    }
}
