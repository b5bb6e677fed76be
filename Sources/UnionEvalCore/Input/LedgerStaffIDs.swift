/// The staff IDs one ledger names, each resolved against the roster once per file. Every distinct
/// ID of the file gets a small dense id here, which also indexes the last cell it was seen in: a
/// ledger names mostly its own unit's people, so these tables stay small and in cache, and finding
/// an ID repeated within a cell needs neither a set nor a roster-sized array per file.
struct LedgerStaffIDs {
    private var table = ByteStringTable()
    /// Per file id, its member index in the roster.
    private var members: [Int32] = []
    /// Per file id, the last cell it was seen in.
    private var lastCell: [UInt32] = []
    private var cell: UInt32 = 0

    /// What became of one ID of a cell.
    enum Sighting {
        case added(member: Int32)
        case unknown
        case repeatedInCell
    }

    /// Splits a cell into IDs, appends the member of each new one to `pool` and tells `report`
    /// about every ID in order. Returns how many members were added.
    mutating func resolveCell(
        _ bytes: UnsafeBufferPointer<UInt8>, roster: ByteStringTable, into pool: inout [Int32],
        _ report: (UnsafeBufferPointer<UInt8>, Sighting) -> Void
    ) -> Int {
        cell &+= 1
        var added = 0
        StaffIDList.forEachID(in: bytes) { id in
            let local: Int
            if let known = table.find(id) {
                local = Int(known)
            } else if let member = roster.find(id) {
                local = Int(table.insert(id).id)
                members.append(member)
                lastCell.append(0)
            } else {
                // Not remembered: an unknown ID is reported on every row that has it.
                report(id, .unknown)
                return
            }
            guard lastCell[local] != cell else {
                report(id, .repeatedInCell)
                return
            }
            lastCell[local] = cell
            pool.append(members[local])
            added += 1
            report(id, .added(member: members[local]))
        }
        return added
    }
}
