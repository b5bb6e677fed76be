extension ActivityRecord {
    /// The fixed order in which records reach caps — date, then activity name, then file and line — so that
    /// the order of rows in a ledger never changes a score. Computed once per year, on integer keys:
    /// names are compared through a hash and only fall back to text when two hashes collide.
    public static func scoringOrder(of records: [ActivityRecord]) -> [Int] {
        let keys = records.map { ($0.date.daysSinceEpoch, stableHash($0.name)) }
        return records.indices.sorted { lhs, rhs in
            if keys[lhs] != keys[rhs] { return keys[lhs] < keys[rhs] }
            let a = records[lhs]
            let b = records[rhs]
            return (a.name, a.file, a.line) < (b.name, b.file, b.line)
        }
    }

    /// FNV-1a over UTF-8: the same on every run and machine, unlike `Hasher`.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
