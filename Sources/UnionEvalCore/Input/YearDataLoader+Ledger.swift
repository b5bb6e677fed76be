extension YearDataLoader {
    /// Reads the ledgers on all cores, then merges them in file order, reporting the same activity
    /// entered twice (within a file or across files of one unit) exactly as a sequential read would.
    func loadLedgers(_ files: [InputFile]) {
        let reader = LedgerReader(
            criteria: criteria, unionIndex: unionIndex, unionNames: data.unions.map(\.name), staffIDs: staffIDs,
            memberUnions: data.members.map(\.union), fingerprint: fingerprint)
        var names = ByteStringTable(minimumCapacity: data.activityNames.count)
        for name in data.activityNames { names.insert(name) }
        var seen = DuplicateFinder()
        // In batches, so only a batch of parsed files waits to be merged, not the whole year.
        for batch in stride(from: 0, to: files.count, by: Self.ledgerBatchSize) {
            let batchFiles = batch..<min(batch + Self.ledgerBatchSize, files.count)
            let firstIndex = data.files.count
            let results = ConcurrentMap.map(batchFiles) { reader.read(files[$0], fileIndex: firstIndex + $0 - batch) }
            if batch == 0 && batchFiles.count < files.count {
                // Size the year's arrays from the first batch, so they do not double (and briefly exist
                // twice) over and over while a large year is merged.
                let scale = Double(files.count) / Double(batchFiles.count) * 1.1
                data.records.reserveCapacity(Int(Double(results.reduce(0) { $0 + $1.records.count }) * scale))
                data.memberPool.reserveCapacity(Int(Double(results.reduce(0) { $0 + $1.memberPool.count }) * scale))
            }
            for (offset, result) in zip(batchFiles, results) {
                merge(result, file: files[offset], names: &names, seen: &seen)
            }
        }
    }

    /// Files parsed together before merging: enough to keep both cores busy with uneven file sizes.
    static let ledgerBatchSize = 32

    private func merge(
        _ result: LedgerReader.FileResult, file: InputFile, names: inout ByteStringTable, seen: inout DuplicateFinder
    ) {
        var result = result
        data.files.append(file.path)
        // The file's names and pool positions become the year's.
        let globalName = (0..<Int32(result.names.count)).map { local in
            result.names.withBytes(local) { bytes in
                let (id, inserted) = names.insert(bytes)
                if inserted { data.activityNames.append(String(decoding: bytes, as: UTF8.self)) }
                return id
            }
        }
        // The file's ID lists in one piece. A duplicate row's list stays behind unused: such rows are
        // few, and nothing walks the pool except through records.
        let poolBase = data.memberPool.count
        data.memberPool.append(contentsOf: result.memberPool)
        var duplicates = DiagnosticLog()
        for var record in result.records {
            record.poolStart += poolBase
            record.nameID = globalName[Int(record.nameID)]
            let key = ActivityKey(record)
            guard let kept = seen.earlier(than: data.records.count, key: key, keyOf: { ActivityKey(data.records[$0]) }) else {
                data.records.append(record)
                continue
            }
            // Keep the fuller entry, whichever came first; the other is reported where it stands.
            if data.isPreferred(record, over: data.records[kept]) { swap(&record, &data.records[kept]) }
            let keptLine = data.records[kept].line
            let keptFile = data.files[data.records[kept].file]
            let place = keptFile == data.files[record.file] ? "第 \(keptLine) 行" : "\(keptFile) 第 \(keptLine) 行"
            let name = data.name(of: record)
            duplicates.warning(
                "W-LEDGER-DUPLICATE", at: SourceLocation(file: data.files[record.file], line: record.line, column: result.nameColumn),
                raw: name, "与\(place)是同一活动（日期、名称、类别相同），只计一次，本行未使用。")
            result.rejected.append(
                RejectedLedgerRow(
                    union: record.union, file: record.file, line: record.line, date: record.date.description,
                    name: name, category: criteria.categories[record.category].name,
                    reason: "重复记录（同\(place)），只计一次"))
            result.accounting.rowsUsed -= 1
            result.accounting.rowsRejected += 1
        }
        // Keep the file's problems in line order, as a person reads the file.
        let merged = (result.diagnostics + duplicates.diagnostics).enumerated().sorted {
            ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset)
        }.map(\.element)
        log.append(contentsOf: merged)
        data.rejectedLedgerRows.append(contentsOf: result.rejected)
        data.accounting.append(result.accounting)
        unionsWithLedgerFile.formUnion(result.unions)
    }
}
