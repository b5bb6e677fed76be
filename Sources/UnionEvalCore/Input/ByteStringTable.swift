/// Interns byte strings as dense integer ids, looked up straight from the bytes of a CSV cell.
/// Ledgers hold tens of millions of staff IDs and the same few category names on every row:
/// Swift's `String` hashing normalises Unicode on every lookup, which is what this avoids.
/// Keys compare byte for byte; cells are trimmed before they get here.
public struct ByteStringTable: Sendable {
    /// Key bytes of all entries, back to back; entry `i` spans `starts[i]..<starts[i + 1]`.
    private var pool: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing, linear probing: a slot holds the key's hash in its high half and entry id + 1 in
    /// its low half, 0 when empty, so a probe touches one slot and, on a hash match, the key's bytes.
    private var slots: [UInt64]

    public init(minimumCapacity: Int = 16) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    public var count: Int { starts.count - 1 }

    /// The id of `bytes`, if interned.
    public func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        switch probe(bytes, hash: Self.hash(bytes)) {
        case .found(let id): return id
        case .empty: return nil
        }
    }

    private enum Probe {
        case found(Int32)
        case empty(slot: Int)
    }

    private func probe(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Probe {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return .empty(slot: slot) }
                if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                    let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                    if equals(id, bytes) { return .found(Int32(id)) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of `bytes`, interning them first when new.
    @discardableResult
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        let hash = Self.hash(bytes)
        switch probe(bytes, hash: hash) {
        case .found(let id):
            return (id, false)
        case .empty(let slot):
            let id = count
            pool.append(contentsOf: bytes)
            starts.append(pool.count)
            slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
            if count * 2 > slots.count { grow() }
            return (Int32(id), true)
        }
    }

    public func find(_ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { find($0) }
    }

    @discardableResult
    public mutating func insert(_ text: String) -> (id: Int32, inserted: Bool) {
        var text = text
        return text.withUTF8 { insert($0) }
    }

    /// The interned text of entry `id`.
    public func string(_ id: Int32) -> String {
        pool.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[starts[Int(id)]..<starts[Int(id) + 1]]), as: UTF8.self) }
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return true }
        return pool.withUnsafeBufferPointer { pool in
            UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(pool)[start..<start + bytes.count])
                .elementsEqual(UnsafeRawBufferPointer(start: base, count: bytes.count))
        }
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        for entry in slots where entry != 0 {
            var slot = Int(UInt32(truncatingIfNeeded: entry >> 32)) & (bigger.count - 1)
            while bigger[slot] != 0 { slot = (slot + 1) & (bigger.count - 1) }
            bigger[slot] = entry
        }
        slots = bigger
    }

    /// FNV-1a, folded to 32 bits: short keys, and the same on every run.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
