import SystemZlib

/// The zip format's CRC-32 of a part as it inflates, through zlib's `crc32` (the library ZIPFoundation
/// already links; its own check is a byte-by-byte Swift loop on Linux, a third of reading a large sheet,
/// so parts are extracted with it off and checked here). It replaced the project's own slicing-by-8
/// table code: see the README's developer notes for the measurement.
struct PartChecksum {
    private(set) var value: UInt32 = 0

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), !bytes.isEmpty else { return }
        var crc = uLong(value)
        var offset = 0
        // zlib takes a 32-bit length; a chunk is 64 KB, but any size is handled.
        while offset < bytes.count {
            let length = min(bytes.count - offset, Int(UInt32.max))
            crc = crc32(crc, base + offset, uInt(length))
            offset += length
        }
        value = UInt32(truncatingIfNeeded: crc)
    }
}
