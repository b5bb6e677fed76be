/// Interns byte strings as dense integer ids, looked up straight from the bytes of a CSV cell.
/// Ledgers hold tens of millions of staff IDs and the same few category names on every row:
/// Swift's `String` hashing normalises Unicode on every lookup, which is what this avoids.
/// Keys compare byte for byte; cells are trimmed before they get here.
public struct ByteStringTable: Sendable {
    /// Key bytes of all entries, back to back; entry `i` spans `starts[i]..<starts[i + 1]`.
    private var pool: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing, linear probing: slot holds entry id + 1, 0 when empty.
    private var slots: [Int32]
    private var hashes: [UInt32] = []

    public init(minimumCapacity: Int = 16) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    public var count: Int { starts.count - 1 }

    /// The id of `bytes`, if interned.
    public func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        var slot = Int(hash) & (slots.count - 1)
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let id = Int(entry - 1)
            if hashes[id] == hash && equals(id, bytes) { return Int32(id) }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// The id of `bytes`, interning them first when new.
    @discardableResult
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        let hash = Self.hash(bytes)
        var slot = Int(hash) & (slots.count - 1)
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == hash && equals(id, bytes) { return (Int32(id), false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = count
        pool.append(contentsOf: bytes)
        starts.append(pool.count)
        hashes.append(hash)
        slots[slot] = Int32(id + 1)
        if count * 2 > slots.count { grow() }
        return (Int32(id), true)
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
        return pool.withUnsafeBufferPointer { pool in
            for offset in 0..<bytes.count where pool[start + offset] != bytes[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        for id in 0..<count {
            var slot = Int(hashes[id]) & (bigger.count - 1)
            while bigger[slot] != 0 { slot = (slot + 1) & (bigger.count - 1) }
            bigger[slot] = Int32(id + 1)
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
