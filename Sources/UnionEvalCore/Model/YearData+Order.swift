extension YearData {
    /// Puts `records` in the fixed order in which they reach caps, so scoring can walk them front to
    /// back, in memory order. Their ID lists stay where they are: moving them too would hold the
    /// year's largest array twice.
    mutating func arrangeInScoringOrder() {
        let order = scoringOrder()
        // In place, cycle by cycle (position i takes the record at order[i]), so the records are never held twice.
        var placed = [Bool](repeating: false, count: records.count)
        for start in records.indices where !placed[start] {
            let first = records[start]
            var position = start
            while true {
                placed[position] = true
                let source = order[position]
                if source == start {
                    records[position] = first
                    break
                }
                records[position] = records[source]
                position = source
            }
        }
    }

    /// The fixed order in which records reach caps — date, then activity name, then file and line — so that
    /// the order of rows in a ledger never changes a score. Computed once per year, on integer keys:
    /// names are compared through a hash and only fall back to text when two hashes collide.
    private func scoringOrder() -> [Int] {
        let nameHashes = activityNames.map(Self.stableHash)
        // Each record's keys side by side with its index: the sort compares what it moves, instead of
        // fetching keys from a million-element array by index at every comparison.
        var keyed = records.indices.map { index in
            let record = records[index]
            return ScoringKey(
                day: record.day, nameID: record.nameID, nameHash: nameHashes[Int(record.nameID)], file: Int32(record.file),
                line: Int32(record.line), index: Int32(index))
        }
        let names = activityNames
        let precedes = { @Sendable (a: ScoringKey, b: ScoringKey) -> Bool in
            if a.day != b.day { return a.day < b.day }
            if a.nameHash != b.nameHash { return a.nameHash < b.nameHash }
            if a.nameID != b.nameID { return names[Int(a.nameID)] < names[Int(b.nameID)] }
            return (a.file, a.line) < (b.file, b.line)
        }
        // Each half sorted on a core of its own, in place, then the two merged. Keys are unique
        // (file and line), so this is the one order any sort gives.
        let middle = keyed.count / 2
        keyed.withUnsafeMutableBufferPointer { keys in
            let halves = SendableHalves(keys: keys, middle: middle)
            _ = ConcurrentMap.map(0..<2) { half in halves.sort(half, by: precedes) }
        }
        var order: [Int] = []
        order.reserveCapacity(keyed.count)
        var left = 0
        var right = middle
        while left < middle && right < keyed.count {
            if precedes(keyed[right], keyed[left]) {
                order.append(Int(keyed[right].index))
                right += 1
            } else {
                order.append(Int(keyed[left].index))
                left += 1
            }
        }
        order += keyed[left..<middle].map { Int($0.index) }
        order += keyed[right...].map { Int($0.index) }
        return order
    }

    /// The two halves of the key buffer, sorted from two threads; they never overlap.
    private struct SendableHalves: @unchecked Sendable {
        let keys: UnsafeMutableBufferPointer<ScoringKey>
        let middle: Int

        func sort(_ half: Int, by precedes: (ScoringKey, ScoringKey) -> Bool) {
            let range = half == 0 ? 0..<middle : middle..<keys.count
            var part = UnsafeMutableBufferPointer(rebasing: keys[range])
            part.sort(by: precedes)
        }
    }

    private struct ScoringKey {
        var day: Int32
        var nameID: Int32
        var nameHash: UInt64
        var file: Int32
        var line: Int32
        var index: Int32
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
