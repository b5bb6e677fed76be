/// What every ledger record counted toward, indexed like `YearData.records`. Records of the same kind
/// get the same credits, so each distinct list is stored once and a record holds only its number:
/// a million records cost four megabytes here, not a list each.
public struct RecordCredits: Sendable, RandomAccessCollection {
    /// Distinct credit lists; the first is the empty list of a record that matched nothing.
    public private(set) var patterns: [[RecordCredit]] = [[]]
    /// Per record, its entry in `patterns`; while its unit is being scored, its node in the tree below.
    public private(set) var patternOfRecord: [Int32]
    /// Credit lists as a tree: each node is a list, its children that list with one credit more. A
    /// record steps down one node per credit, so filing a credit never builds or hashes a whole list.
    private var nodeCredits: [[RecordCredit]] = [[]]
    private var patternOfNode: [Int32] = [0]
    private var children: [Step: Int32] = [:]
    /// The step taken last: consecutive records of an indicator mostly take the same one.
    private var lastStep: (step: Step, child: Int32)?

    private struct Step: Hashable, Sendable {
        var node: Int32
        var credit: RecordCredit
    }

    public init(recordCount: Int = 0) {
        patternOfRecord = Array(repeating: 0, count: recordCount)
    }

    /// Adds `credit` after the credits `record` already has.
    mutating func add(_ credit: RecordCredit, to record: Int32) {
        let step = Step(node: patternOfRecord[Int(record)], credit: credit)
        if let last = lastStep, last.step == step {
            patternOfRecord[Int(record)] = last.child
            return
        }
        let child: Int32
        if let known = children[step] {
            child = known
        } else {
            child = Int32(nodeCredits.count)
            nodeCredits.append(nodeCredits[Int(step.node)] + [credit])
            patternOfNode.append(-1)
            children[step] = child
        }
        lastStep = (step, child)
        patternOfRecord[Int(record)] = child
    }

    /// Files the credits added to `records` as their patterns, numbering new patterns in the order given.
    /// Called once per unit, when its records have all their credits.
    mutating func settle(_ records: some Sequence<Int>) {
        for record in records {
            let node = Int(patternOfRecord[record])
            if patternOfNode[node] < 0 {
                patternOfNode[node] = Int32(patterns.count)
                patterns.append(nodeCredits[node])
            }
            patternOfRecord[record] = patternOfNode[node]
        }
    }

    /// Takes over `records` from `other`, which filed them for other units: their patterns join this
    /// table's, new ones numbered in `other`'s order. Both must be done filing.
    mutating func absorb(_ other: RecordCredits, records: some Sequence<Int>) {
        var known = Dictionary(uniqueKeysWithValues: patterns.enumerated().map { ($0.element, Int32($0.offset)) })
        let renumbered = other.patterns.map { pattern in
            if let index = known[pattern] { return index }
            let index = Int32(patterns.count)
            patterns.append(pattern)
            known[pattern] = index
            return index
        }
        for record in records { patternOfRecord[record] = renumbered[Int(other.patternOfRecord[record])] }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { patternOfRecord.count }

    public subscript(record: Int) -> [RecordCredit] { patterns[Int(patternOfRecord[record])] }
}
