/// What every ledger record counted toward, indexed like `YearData.records`. Records of the same kind
/// get the same credits, so each distinct list is stored once and a record holds only its number:
/// a million records cost four megabytes here, not a list each.
public struct RecordCredits: Sendable, RandomAccessCollection {
    /// Distinct credit lists; the first is the empty list of a record that matched nothing.
    public private(set) var patterns: [[RecordCredit]] = [[]]
    /// Per record, its entry in `patterns`.
    public private(set) var patternOfRecord: [Int32]
    private var lookup: [[RecordCredit]: Int32] = [[]: 0]

    public init(recordCount: Int = 0) {
        patternOfRecord = Array(repeating: 0, count: recordCount)
    }

    /// Records the credits of a unit's records, given in any record order; each record keeps its own
    /// credits in the order given.
    mutating func assign(_ credited: [(record: Int32, credit: RecordCredit)]) {
        let grouped = credited.enumerated().sorted { ($0.element.record, $0.offset) < ($1.element.record, $1.offset) }
        var start = 0
        while start < grouped.count {
            let record = grouped[start].element.record
            var end = start + 1
            while end < grouped.count && grouped[end].element.record == record { end += 1 }
            let credits = grouped[start..<end].map(\.element.credit)
            if let known = lookup[credits] {
                patternOfRecord[Int(record)] = known
            } else {
                let pattern = Int32(patterns.count)
                patterns.append(credits)
                lookup[credits] = pattern
                patternOfRecord[Int(record)] = pattern
            }
            start = end
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { patternOfRecord.count }

    public subscript(record: Int) -> [RecordCredit] { patterns[Int(patternOfRecord[record])] }
}
