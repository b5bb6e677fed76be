extension YearDataLoader {
    /// Reads the ledgers on all cores, then merges them in file order, reporting the same activity
    /// entered twice (within a file or across files of one unit) exactly as a sequential read would.
    func loadLedgers(_ files: [InputFile]) {
        let reader = LedgerReader(
            criteria: criteria, units: data.unions, unionIndex: unionIndex, staffIDs: staffIDs,
            members: data.members, reading: reading)
        var merger = LedgerMerger(names: ByteStringTable(minimumCapacity: data.activityNames.count))
        for name in data.activityNames { merger.names.insert(name) }
        // In batches, so only a batch of parsed files waits to be merged, not the whole year.
        for batch in stride(from: 0, to: files.count, by: Self.ledgerBatchSize) {
            let batchFiles = batch..<min(batch + Self.ledgerBatchSize, files.count)
            let names = merger.names
            let results = ConcurrentMap.map(batchFiles) { reader.read(files[$0], names: names) }
            if batch == 0 && batchFiles.count < files.count {
                // Size the year's arrays from the first batch, so they do not double (and briefly exist
                // twice) over and over while a large year is merged.
                let scale = Double(files.count) / Double(batchFiles.count) * 1.1
                data.records.reserveCapacity(Int(Double(results.reduce(0) { $0 + $1.records.count }) * scale))
                data.memberPool.reserveCapacity(Int(Double(results.reduce(0) { $0 + $1.memberPool.count }) * scale))
            }
            for result in results { merge(result, merger: &merger) }
        }
    }

    /// Files parsed together before merging: enough to keep both cores busy with uneven file sizes.
    static let ledgerBatchSize = 32

    /// What merging carries from file to file.
    struct LedgerMerger {
        /// The year's activity names, as bytes.
        var names: ByteStringTable
        /// Set once a file has rows of a unit an earlier file had: from then on every record is looked
        /// up across files, in `seen`, which then holds every record merged.
        var acrossFiles = false
        var seen = DuplicateFinder()
        /// Per table of the year (`YearData.files`), the column of 活动名称, for problems about a whole activity.
        var nameColumns: [Int] = []
    }

    private func merge(_ result: LedgerReader.FileResult, merger: inout LedgerMerger) {
        var result = result
        // The file's tables become the year's.
        let tableBase = data.files.count
        data.files.append(contentsOf: result.tables)
        merger.nameColumns.append(contentsOf: result.nameColumns)
        for index in result.rejected.indices { result.rejected[index].file += tableBase }
        for index in result.duplicateRows.indices { result.duplicateRows[index].file += tableBase }
        // The file's names and pool positions become the year's.
        let globalName = (0..<Int32(result.names.count)).map { local in
            let known = result.knownNames[Int(local)]
            if known >= 0 { return known }
            return result.names.withBytes(local) { bytes in
                let (id, inserted) = merger.names.insert(bytes)
                if inserted { data.activityNames.append(String(decoding: bytes, as: UTF8.self)) }
                return id
            }
        }
        // The file's ID lists in one piece. A duplicate row's list stays behind unused: such rows are
        // few, and nothing walks the pool except through records.
        let poolBase = data.memberPool.count
        data.memberPool.append(contentsOf: result.memberPool)
        func yearRecord(_ index: Int) -> ActivityRecord {
            var record = result.records[index]
            record.poolStart += poolBase
            record.file += tableBase
            record.nameID = globalName[Int(record.nameID)]
            return record
        }
        if !merger.acrossFiles && !result.unions.isDisjoint(with: unionsWithLedgerFile) {
            merger.acrossFiles = true
            merger.seen = DuplicateFinder(expected: max(data.records.capacity, data.records.count + result.records.count))
            for index in data.records.indices {
                _ = merger.seen.earlier(than: index, key: ActivityKey(data.records[index]), keyOf: { ActivityKey(data.records[$0]) })
            }
        }
        var duplicates = DiagnosticLog()
        if merger.acrossFiles {
            result.rejected += mergeAcrossFiles(
                result, yearRecord: yearRecord, nameColumns: merger.nameColumns, seen: &merger.seen, log: &duplicates)
        } else {
            // No earlier file has these units: the file's own search is the whole answer.
            for index in result.keptRecords { data.records.append(yearRecord(Int(index))) }
            duplicates.append(contentsOf: result.duplicateDiagnostics)
            result.rejected += result.duplicateRows
        }
        // Duplicates were counted as used where they were read; they are reported, per table.
        for diagnostic in duplicates.diagnostics {
            guard let table = result.accounting.firstIndex(where: { $0.table == diagnostic.location.table }) else { continue }
            result.accounting[table].rowsUsed -= 1
            result.accounting[table].rowsRejected += 1
        }
        // Keep the file's problems in line order, sheet by sheet, as a person reads the file.
        let sheetOrder = Dictionary(result.accounting.enumerated().map { ($1.sheet ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let merged = (result.diagnostics + duplicates.diagnostics).enumerated().map { offset, diagnostic in
            (sheet: diagnostic.location.sheet.flatMap { sheetOrder[$0] } ?? -1, line: diagnostic.location.line, offset: offset, diagnostic: diagnostic)
        }.sorted { ($0.sheet, $0.line, $0.offset) < ($1.sheet, $1.line, $1.offset) }.map(\.diagnostic)
        log.append(contentsOf: merged)
        data.rejectedLedgerRows.append(contentsOf: result.rejected)
        data.accounting.append(contentsOf: result.accounting)
        unionsWithLedgerFile.formUnion(result.unions)
        submittedUnits.formUnion(result.submittedUnits)
    }

    /// Appends a file's records, each looked up among all records merged so far. Returns the rows of
    /// the entries dropped.
    private func mergeAcrossFiles(
        _ result: LedgerReader.FileResult, yearRecord: (Int) -> ActivityRecord, nameColumns: [Int], seen: inout DuplicateFinder,
        log: inout DiagnosticLog
    ) -> [RejectedLedgerRow] {
        var rows: [RejectedLedgerRow] = []
        for index in result.records.indices {
            var record = yearRecord(index)
            guard let kept = seen.earlier(than: data.records.count, key: ActivityKey(record), keyOf: { ActivityKey(data.records[$0]) }) else {
                data.records.append(record)
                continue
            }
            // Keep the fuller entry, whichever came first; the other is reported where it stands.
            if record.isPreferred(over: data.records[kept], pool: data.memberPool) { swap(&record, &data.records[kept]) }
            rows.append(
                ActivityDuplicate.report(
                    dropped: record, kept: data.records[kept], tables: data.files, name: data.name(of: record), category: criteria.categories[record.category].name,
                    nameColumn: nameColumns[record.file], log: &log))
        }
        return rows
    }
}
