/// The staff IDs one ledger names, each resolved against the roster once per file. Every distinct
/// ID of the file gets a small dense id here, which also indexes the last cell it was seen in: a
/// ledger names mostly its own unit's people, so these tables stay small and in cache, and finding
/// an ID repeated within a cell needs neither a set nor a roster-sized array per file. Weighed against
/// `Dictionary` and `Set` of `String`: see `ByteStringTable` for the figure; a property test pins these
/// tables to a plain model (`LedgerStaffIDsTests`).
final class LedgerStaffIDs {
    /// IDs of up to eight bytes, which staff IDs nearly always are: open addressing, two words a slot,
    /// the ID's bytes as one word and (length << 32 | file id + 1), 0 when empty. One multiply to hash
    /// and two compares to match, where the general table hashes word by word.
    /// The tables are raw memory this object owns: tens of millions of lookups then check neither
    /// bounds nor uniqueness.
    private var shortSlots: UnsafeMutablePointer<UInt64>
    private var shortSlotCount = 256
    private var shortCount = 0
    /// Longer IDs, and per entry of that table its file id.
    private var longTable = ByteStringTable()
    private var longFileIDs: [Int] = []
    /// Per file id, its member index in the roster and the last cell it was seen in.
    private var entries: UnsafeMutablePointer<Entry>
    private var entryCapacity = 256
    private var entryCount = 0
    /// The members a cell adds, appended to the pool in one piece.
    private var added: UnsafeMutablePointer<Int32>
    private var addedCapacity = 256
    private var cell: UInt32 = 0

    private struct Entry {
        var member: Int32
        var lastCell: UInt32
    }

    init() {
        shortSlots = .allocate(capacity: 2 * shortSlotCount)
        shortSlots.initialize(repeating: 0, count: 2 * shortSlotCount)
        entries = .allocate(capacity: entryCapacity)
        added = .allocate(capacity: addedCapacity)
    }

    deinit {
        shortSlots.deallocate()
        entries.deallocate()
        added.deallocate()
    }

    /// What became of one ID of a cell.
    enum Sighting {
        case added(member: Int32)
        case repeatedInCell
    }

    /// Splits a cell into IDs, appends the member of each new one to `pool` and tells `report`
    /// about every ID in order. A token that is not a roster ID as written (a name, an ID that lost its
    /// leading zeros) goes to `resolveOther`, which reports what it cannot resolve and returns nil for
    /// it. Returns how many members were added.
    @inline(__always)
    func resolveCell(
        _ bytes: UnsafeBufferPointer<UInt8>, roster: ByteStringTable, into pool: inout [Int32],
        resolveOther: (UnsafeBufferPointer<UInt8>) -> Int32?, _ report: (UnsafeBufferPointer<UInt8>, Sighting) -> Void
    ) -> Int {
        cell &+= 1
        let cell = self.cell
        // Every ID takes a byte and a separator, bar the last.
        let most = bytes.count / 2 + 1
        if most > addedCapacity {
            added.deallocate()
            addedCapacity = most
            added = .allocate(capacity: addedCapacity)
        }
        var count = 0
        // Set once a token of this cell resolved another way, which the per-ID stamps cannot see.
        var resolvedOtherwise = false
        StaffIDList.forEachID(in: bytes) { id in
            guard let local = fileID(of: id, roster: roster) else {
                // Not remembered here: what it resolves to may depend on the row's unit.
                guard let member = resolveOther(id) else { return }
                guard !UnsafeBufferPointer(start: added, count: count).contains(member) else {
                    report(id, .repeatedInCell)
                    return
                }
                resolvedOtherwise = true
                added[count] = member
                count &+= 1
                report(id, .added(member: member))
                return
            }
            let member = entries[local].member
            guard entries[local].lastCell != cell, !(resolvedOtherwise && UnsafeBufferPointer(start: added, count: count).contains(member))
            else {
                report(id, .repeatedInCell)
                return
            }
            entries[local].lastCell = cell
            added[count] = member
            count &+= 1
            report(id, .added(member: member))
        }
        pool.append(contentsOf: UnsafeBufferPointer(start: added, count: count))
        return count
    }

    /// The file id of `id`, given one on its first sighting; nil when the roster does not have it.
    @inline(__always)
    private func fileID(of id: UnsafeBufferPointer<UInt8>, roster: ByteStringTable) -> Int? {
        guard id.count <= 8 else {
            if let known = longTable.find(id) { return longFileIDs[Int(known)] }
            guard let member = roster.find(id) else { return nil }
            longTable.insert(id)
            longFileIDs.append(remember(member))
            return longFileIDs[longFileIDs.count - 1]
        }
        let word = ByteStringTable.Key.word(id, at: 0)
        let length = UInt64(id.count) << 32
        let mask = shortSlotCount &- 1
        var slot = Self.shortSlot(word, length: length, mask: mask)
        while true {
            let tag = shortSlots[2 &* slot &+ 1]
            if tag == 0 { break }
            if shortSlots[2 &* slot] == word && tag & 0xFFFF_FFFF_0000_0000 == length { return Int(tag & 0xFFFF_FFFF) &- 1 }
            slot = (slot &+ 1) & mask
        }
        guard let member = roster.find(id) else { return nil }
        let local = remember(member)
        shortSlots[2 * slot] = word
        shortSlots[2 * slot + 1] = length | UInt64(local + 1)
        shortCount += 1
        if shortCount * 2 > shortSlotCount { growShortSlots() }
        return local
    }

    private func remember(_ member: Int32) -> Int {
        if entryCount == entryCapacity {
            let bigger = UnsafeMutablePointer<Entry>.allocate(capacity: entryCapacity * 2)
            bigger.moveInitialize(from: entries, count: entryCount)
            entries.deallocate()
            entries = bigger
            entryCapacity *= 2
        }
        (entries + entryCount).initialize(to: Entry(member: member, lastCell: 0))
        entryCount += 1
        return entryCount - 1
    }

    @inline(__always)
    private static func shortSlot(_ word: UInt64, length: UInt64, mask: Int) -> Int {
        var hash = (word ^ length) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash >> 16) & mask
    }

    private func growShortSlots() {
        let biggerCount = shortSlotCount * 2
        let bigger = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * biggerCount)
        bigger.initialize(repeating: 0, count: 2 * biggerCount)
        for slot in 0..<shortSlotCount where shortSlots[2 * slot + 1] != 0 {
            let word = shortSlots[2 * slot]
            let tag = shortSlots[2 * slot + 1]
            var target = Self.shortSlot(word, length: tag & 0xFFFF_FFFF_0000_0000, mask: biggerCount - 1)
            while bigger[2 * target + 1] != 0 { target = (target + 1) & (biggerCount - 1) }
            bigger[2 * target] = word
            bigger[2 * target + 1] = tag
        }
        shortSlots.deallocate()
        shortSlots = bigger
        shortSlotCount = biggerCount
    }
}
