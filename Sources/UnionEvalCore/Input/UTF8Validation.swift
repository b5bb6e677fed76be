/// A byte-level UTF-8 check that says where the first bad byte is, so it can be reported by line.
enum UTF8Validation {
    /// The index of the first byte that is not part of valid UTF-8, in the slice's own indices.
    static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }.map { bytes.startIndex + $0 }
    }

    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let end = bytes.count
        var index = 0
        while index < end {
            // ASCII runs, eight bytes at a time: most of a ledger is digits, commas and IDs.
            while index &+ 8 <= end {
                guard raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 else { break }
                index &+= 8
            }
            guard index < end else { break }
            let lead = base[index]
            if lead < 0x80 {
                index &+= 1
                continue
            }
            // Three-byte characters (all of CJK) checked directly: E0 must not be overlong and ED must
            // not start a surrogate. Anything else takes the general path, which finds the exact byte.
            if lead & 0xF0 == 0xE0 && index &+ 3 <= end {
                let second = base[index &+ 1]
                let third = base[index &+ 2]
                if second & 0xC0 == 0x80 && third & 0xC0 == 0x80 && (lead != 0xE0 || second >= 0xA0)
                    && (lead != 0xED || second < 0xA0)
                {
                    index &+= 3
                    continue
                }
            }
            let length: Int
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index &+ length <= end else { return index }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let continuation = base[index &+ offset]
                guard continuation & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index &+= length
        }
        return nil
    }
}
