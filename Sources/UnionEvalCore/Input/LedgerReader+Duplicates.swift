extension LedgerReader {
    /// The same activity entered twice within the file, decided as the year's merge decides it: in row
    /// order, keeping the preferred entry. When no earlier file has rows of this file's units, the merge
    /// takes this as it is, so the search runs on all cores with a table the size of one file.
    func findDuplicates(in result: inout FileResult) {
        var finder = DuplicateFinder(expected: result.records.count)
        var kept: [Int32] = []
        var log = DiagnosticLog()
        for index in result.records.indices {
            let key = ActivityKey(result.records[index])
            guard let slot = finder.earlier(than: kept.count, key: key, keyOf: { ActivityKey(result.records[Int(kept[$0])]) }) else {
                kept.append(Int32(index))
                continue
            }
            var dropped = Int32(index)
            if result.records[index].isPreferred(over: result.records[Int(kept[slot])], pool: result.memberPool) {
                swap(&dropped, &kept[slot])
            }
            let record = result.records[Int(dropped)]
            result.duplicateRows.append(
                ActivityDuplicate.report(
                    dropped: record, kept: result.records[Int(kept[slot])], tables: result.tables,
                    name: result.names.string(record.nameID), category: criteria.categories[record.category].name,
                    nameColumn: result.nameColumns[record.file], log: &log))
        }
        result.keptRecords = kept
        result.duplicateDiagnostics = log.diagnostics
    }
}
