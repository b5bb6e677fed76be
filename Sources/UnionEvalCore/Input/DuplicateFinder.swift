/// Finds the record already merged with the same `ActivityKey`. Holds only record indices and hash
/// bits (eight bytes a slot) and recomputes keys from the records, where a dictionary of keys would
/// hold each key again.
struct DuplicateFinder {
    /// Open addressing, linear probing: the key hash's top 32 bits above record index + 1; 0 when
    /// empty. The slot comes from those same bits, so growing never fetches a record, and a probe
    /// fetches one only when the bits match: a million records are scattered over tens of megabytes.
    private var slots: [UInt64]
    private var count = 0

    /// Room for `expected` records before the table grows.
    init(expected: Int = 512) {
        var size = 1024
        while size < expected * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// The index of a record with `key`, or nil after remembering `index` as the first one.
    /// `keyOf` gives the key of any record remembered so far; `index` itself need not exist yet.
    mutating func earlier(than index: Int, key: ActivityKey, keyOf: (Int) -> ActivityKey) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let bits = UInt64(UInt(bitPattern: key.slotHash)) >> 32
        let mask = slots.count - 1
        var slot = Int(bits) & mask
        while slots[slot] != 0 {
            if slots[slot] >> 32 == bits {
                let candidate = Int(slots[slot] & 0xFFFF_FFFF) - 1
                if keyOf(candidate) == key { return candidate }
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = bits << 32 | UInt64(index + 1)
        count += 1
        return nil
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for entry in slots where entry != 0 {
            var slot = Int(entry >> 32) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = entry
        }
        slots = bigger
    }
}
