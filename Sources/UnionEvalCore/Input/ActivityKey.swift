/// What makes two ledger rows "the same activity entered twice": unit, date, category and name.
/// Names are interned, so the key is four integers.
struct ActivityKey: Hashable {
    var union: Int32
    var day: Int32
    var category: Int32
    var name: Int32

    init(_ record: ActivityRecord) {
        union = Int32(record.union)
        day = record.day
        category = Int32(record.category)
        name = record.nameID
    }

    /// A hash for `DuplicateFinder`'s slots: the four integers multiplied and mixed, much cheaper than
    /// `Hasher` for a key looked up once per record.
    var slotHash: Int {
        let first = UInt64(UInt32(bitPattern: union)) << 32 | UInt64(UInt32(bitPattern: day))
        let second = UInt64(UInt32(bitPattern: category)) << 32 | UInt64(UInt32(bitPattern: name))
        var hash = (first &* 0x9E37_79B9_7F4A_7C15 ^ second) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        hash = hash &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash)
    }
}
