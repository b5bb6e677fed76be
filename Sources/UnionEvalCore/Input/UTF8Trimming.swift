/// Trimming of cells as bytes, with the same notion of padding as `String.trimmingWhitespace()`,
/// so a cell is only turned into a `String` when its text is needed.
enum UTF8Trimming {
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        // Nearly every cell starts and ends with a character no padding scalar can begin with.
        guard let first = bytes.first else { return bytes }
        var lastLead = bytes.count - 1
        while lastLead > 0 && bytes[lastLead] & 0xC0 == 0x80 && bytes.count - lastLead < 4 { lastLead -= 1 }
        if !mayBeginPadding(first) && !mayBeginPadding(bytes[lastLead]) { return bytes }
        var start = 0
        var end = bytes.count
        while start < end {
            let (scalar, length) = decode(bytes, at: start)
            guard scalar.isPadding else { break }
            start += length
        }
        while end > start {
            var lead = end - 1
            while lead > start && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let (scalar, length) = decode(bytes, at: lead)
            guard lead + length == end, scalar.isPadding else { break }
            end = lead
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Whether a scalar starting with this byte can be padding (see `Unicode.Scalar.isPadding`):
    /// control characters and spaces, and the lead bytes of U+0085, U+00A0, U+1680, U+2000–U+205F,
    /// U+3000 and U+FEFF.
    private static func mayBeginPadding(_ lead: UInt8) -> Bool {
        lead <= 0x20 || lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF
    }

    /// The scalar starting at `index` and its length in bytes; anything malformed reads as a
    /// one-byte non-padding scalar (such bytes were already replaced when the file was decoded).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (Unicode.Scalar(0x41), 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0x41), length)
    }
}
