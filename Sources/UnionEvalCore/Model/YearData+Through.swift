extension YearData {
    /// The year as it stood at `date`: records dated after it are set aside (a check in September counts
    /// what was held by then; a later date in a ledger is a typo or a plan). Returns how many were set
    /// aside per unit, so that a report can say so.
    public mutating func keepRecords(through date: CalendarDate) -> [Int] {
        var later = [Int](repeating: 0, count: unions.count)
        records.removeAll { record in
            guard record.date > date else { return false }
            later[record.union] += 1
            return true
        }
        return later
    }
}
