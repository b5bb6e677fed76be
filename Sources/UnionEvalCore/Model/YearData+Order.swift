extension YearData {
    /// Puts `records` in the fixed order in which they reach caps, so scoring can walk them front to
    /// back, in memory order. Their ID lists stay where they are: moving them too would hold the
    /// year's largest array twice (the reader already lays each file's lists out by date).
    mutating func arrangeInScoringOrder() {
        let order = scoringOrder()
        // Gathered into a new array, half on each core. Unlike moving records in place cycle by
        // cycle, where each step waits on the one before, the reads are independent and overlap.
        // The records are held twice for that moment, about 56 MB at a million.
        let count = records.count
        records = records.withUnsafeBufferPointer { old in
            [ActivityRecord](unsafeUninitializedCapacity: count) { buffer, initialized in
                let gather = SendableGather(old: old, new: buffer, order: order)
                _ = ConcurrentMap.map(0..<2) { half in gather.fill(half == 0 ? 0..<count / 2 : count / 2..<count) }
                initialized = count
            }
        }
    }

    /// The fixed order in which records reach caps — date, then activity name, then file and line — so that
    /// the order of rows in a ledger never changes a score. Computed once per year, on integer keys:
    /// names are compared through a hash and only fall back to text when two hashes collide.
    private func scoringOrder() -> [Int32] {
        guard let firstDay = records.lazy.map(\.day).min(), let lastDay = records.lazy.map(\.day).max() else { return [] }
        let nameHashes = activityNames.map(Self.stableHash)
        // Placed by day first (a counting sort, which keeps the keys' order within a day), then each
        // day sorted on its own: a few thousand keys that stay in cache, where one sort of a million
        // would move every key twenty times through memory.
        var dayStarts = [Int](repeating: 0, count: Int(lastDay - firstDay) + 2)
        for record in records { dayStarts[Int(record.day - firstDay) + 1] += 1 }
        for day in 1..<dayStarts.count { dayStarts[day] += dayStarts[day - 1] }
        var next = dayStarts
        var keyed = [ScoringKey](unsafeUninitializedCapacity: records.count) { keys, initialized in
            for (index, record) in records.enumerated() {
                let day = Int(record.day - firstDay)
                keys[next[day]] = ScoringKey(
                    nameID: record.nameID, nameHash: nameHashes[Int(record.nameID)], file: Int32(record.file),
                    line: Int32(record.line), index: Int32(index))
                next[day] += 1
            }
            initialized = records.count
        }
        let names = activityNames
        let precedes = { @Sendable (a: ScoringKey, b: ScoringKey) -> Bool in
            if a.nameHash != b.nameHash { return a.nameHash < b.nameHash }
            if a.nameID != b.nameID { return names[Int(a.nameID)] < names[Int(b.nameID)] }
            return (a.file, a.line) < (b.file, b.line)
        }
        // The days split in two runs of about half the keys, one per core. Keys are unique (file and
        // line), so this is the one order any sort gives.
        let runs = WorkSplit.halves(weights: (0..<dayStarts.count - 1).map { dayStarts[$0 + 1] - dayStarts[$0] })
        keyed.withUnsafeMutableBufferPointer { keys in
            let days = SendableDays(keys: keys, dayStarts: dayStarts)
            _ = ConcurrentMap.map(0..<2) { half in days.sortEach(runs[half], by: precedes) }
        }
        return keyed.map(\.index)
    }

    /// The key buffer, whose days are sorted from two threads; each day's keys belong to one thread.
    private struct SendableDays: @unchecked Sendable {
        let keys: UnsafeMutableBufferPointer<ScoringKey>
        let dayStarts: [Int]

        func sortEach(_ days: Range<Int>, by precedes: (ScoringKey, ScoringKey) -> Bool) {
            for day in days where dayStarts[day + 1] - dayStarts[day] > 1 {
                var part = UnsafeMutableBufferPointer(rebasing: keys[dayStarts[day]..<dayStarts[day + 1]])
                part.sort(by: precedes)
            }
        }
    }

    /// The old records and the new array, filled from two threads; each position belongs to one thread.
    private struct SendableGather: @unchecked Sendable {
        let old: UnsafeBufferPointer<ActivityRecord>
        let new: UnsafeMutableBufferPointer<ActivityRecord>
        let order: [Int32]

        func fill(_ positions: Range<Int>) {
            for position in positions { (new.baseAddress! + position).initialize(to: old[Int(order[position])]) }
        }
    }

    /// What orders records within a day (the day itself is where the key was placed).
    private struct ScoringKey {
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
