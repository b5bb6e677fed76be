extension YearData {
    /// Records set aside by `keepRecords(through:)`.
    public struct SetAside: Sendable {
        /// Per unit, how many.
        public var perUnit: [Int]
        /// Where they were read, so that what was said about them can go too.
        public var places: Set<SourceLocation.Row>
    }

    /// The year as it stood at `date`: records dated after it are set aside (a check in September counts
    /// what was held by then; a later date in a ledger is a typo or a plan).
    public mutating func keepRecords(through date: CalendarDate) -> SetAside {
        var setAside = SetAside(perUnit: [Int](repeating: 0, count: unions.count), places: [])
        records.removeAll { record in
            guard record.date > date else { return false }
            setAside.perUnit[record.union] += 1
            let table = files[record.file]
            setAside.places.insert(SourceLocation.Row(file: table.file, sheet: table.sheet, line: record.line))
            return true
        }
        // Rows not used (late reported, invalid…) whose date is after it go too.
        rejectedLedgerRows.removeAll { row in
            guard case .success(let rowDate) = CalendarDate.parse(row.date), rowDate > date else { return false }
            if let union = row.union { setAside.perUnit[union] += 1 }
            let table = files[row.file]
            setAside.places.insert(SourceLocation.Row(file: table.file, sheet: table.sheet, line: row.line))
            return true
        }
        return setAside
    }
}

extension SourceLocation {
    /// A row of a file (or of a sheet of a workbook), whatever the column.
    public struct Row: Sendable, Hashable {
        public var file: String
        public var sheet: String?
        public var line: Int
    }

    public var row: Row { Row(file: file, sheet: sheet, line: line) }
}
