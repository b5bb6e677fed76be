/// Splits a cell of staff IDs on any separator the contract allows: `;` `；` `,` `，` `、`, spaces
/// (half- or full-width), tabs and line breaks. Works on UTF-8 bytes: ledgers hold millions of IDs.
enum StaffIDList {
    /// Calls `body` with the bytes of each ID in the cell, in order.
    @inline(__always)
    static func forEachID(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var start = 0
        var index = 0
        while index < count {
            index = nextCandidate(base, count: count, from: index)
            guard index < count else { break }
            let width = separatorWidth(base, count: count, at: index)
            if width > 0 {
                if index > start { body(UnsafeBufferPointer(start: base + start, count: index - start)) }
                index &+= width
                start = index
            } else {
                index &+= 1
            }
        }
        if count > start { body(UnsafeBufferPointer(start: base + start, count: count - start)) }
    }

    /// The first byte at or after `index` that may begin a separator: below `0`, a `;`, or not ASCII.
    /// Eight bytes at a time, since IDs are mostly letters and digits that can be skipped whole.
    @inline(__always)
    private static func nextCandidate(_ base: UnsafePointer<UInt8>, count: Int, from start: Int) -> Int {
        var index = start
        let raw = UnsafeRawPointer(base)
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let below = (word &- 0x3030_3030_3030_3030) & ~word
            let semicolon = word ^ 0x3B3B_3B3B_3B3B_3B3B
            let found = (below | ((semicolon &- 0x0101_0101_0101_0101) & ~semicolon) | word) & 0x8080_8080_8080_8080
            // The lowest flag always marks a real candidate; only flags above one can be false.
            if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
            index &+= 8
        }
        while index < count {
            let byte = base[index]
            if byte < 0x30 || byte == 0x3B || byte >= 0x80 { return index }
            index &+= 1
        }
        return count
    }

    /// The one-byte separators below 64, as bits: tab, line feed, carriage return, space, `,` and `;`.
    private static let asciiSeparators: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20 | 1 << 0x2C | 1 << 0x3B

    /// Byte length of the separator starting at `index`, or 0.
    @inline(__always)
    private static func separatorWidth(_ base: UnsafePointer<UInt8>, count: Int, at index: Int) -> Int {
        let byte = base[index]
        if byte < 64 { return Int(truncatingIfNeeded: asciiSeparators >> UInt64(byte)) & 1 }
        guard byte == 0xEF || byte == 0xE3, index &+ 2 < count else { return 0 }
        let second = base[index &+ 1]
        let third = base[index &+ 2]
        if byte == 0xEF && second == 0xBC && (third == 0x9B || third == 0x8C) { return 3 }  // ； ，
        if byte == 0xE3 && second == 0x80 && (third == 0x81 || third == 0x80) { return 3 }  // 、 and the ideographic space
        return 0
    }
}
