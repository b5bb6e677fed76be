/// What every ledger record counted toward, indexed like `YearData.records`: one flat array grouped
/// by record instead of an array per record, so a million records cost no million allocations.
public struct RecordCredits: Sendable, RandomAccessCollection {
    private var credits: [RecordCredit]
    /// Record `i`'s credits are `credits[starts[i]..<starts[i + 1]]`.
    private var starts: [Int32]

    public init() {
        credits = []
        starts = [0]
    }

    /// Groups credits given in any record order; each record keeps its own credits in the order given.
    init(recordCount: Int, credited: [(record: Int32, credit: RecordCredit)]) {
        precondition(credited.allSatisfy { (0..<Int32(recordCount)).contains($0.record) }, "credit for an unknown record")
        var starts = [Int32](repeating: 0, count: recordCount + 1)
        for entry in credited { starts[Int(entry.record) + 1] += 1 }
        for index in 0..<recordCount { starts[index + 1] += starts[index] }
        var next = starts
        // Every slot is written exactly once: the counts above add up to `credited.count`.
        credits = Array(unsafeUninitializedCapacity: credited.count) { buffer, initialized in
            for entry in credited {
                (buffer.baseAddress! + Int(next[Int(entry.record)])).initialize(to: entry.credit)
                next[Int(entry.record)] += 1
            }
            initialized = credited.count
        }
        self.starts = starts
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count - 1 }

    public subscript(record: Int) -> ArraySlice<RecordCredit> {
        credits[Int(starts[record])..<Int(starts[record + 1])]
    }
}
