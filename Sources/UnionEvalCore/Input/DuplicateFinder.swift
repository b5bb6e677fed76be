/// Finds the record already merged with the same `ActivityKey`. Holds only record indices (four bytes
/// a slot) and recomputes keys from the records, where a dictionary of keys would hold each key again.
struct DuplicateFinder {
    /// Open addressing, linear probing: record index + 1, 0 when empty.
    private var slots = [Int32](repeating: 0, count: 1 << 10)
    private var count = 0

    /// The index of a record with `key`, or nil after remembering `index` as the first one.
    /// `keyOf` gives the key of any record remembered so far; `index` itself need not exist yet.
    mutating func earlier(than index: Int, key: ActivityKey, keyOf: (Int) -> ActivityKey) -> Int? {
        if (count + 1) * 2 > slots.count { grow(keyOf: keyOf) }
        var slot = key.slotHash & (slots.count - 1)
        while slots[slot] != 0 {
            let candidate = Int(slots[slot]) - 1
            if keyOf(candidate) == key { return candidate }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(index + 1)
        count += 1
        return nil
    }

    private mutating func grow(keyOf: (Int) -> ActivityKey) {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        for entry in slots where entry != 0 {
            var slot = keyOf(Int(entry) - 1).slotHash & (bigger.count - 1)
            while bigger[slot] != 0 { slot = (slot + 1) & (bigger.count - 1) }
            bigger[slot] = entry
        }
        slots = bigger
    }
}
