import Testing
@testable import UnionEvalWorkbooks

/// zlib's CRC-32 as the parts use it, against the plain bit-by-bit definition, on seeded random inputs of every
/// length around zlib's word steps and split at random points (as parts arrive in chunks).
@Suite struct PartChecksumTests {
    /// The definition: reflected CRC-32, polynomial 0xEDB88320, one bit at a time.
    static func plain(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// SplitMix64 with a fixed seed: the same inputs on every run.
    struct SeededBytes {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func knownValue() {
        var crc = PartChecksum()
        Array("123456789".utf8).withUnsafeBytes { crc.update($0) }
        #expect(crc.value == 0xCBF4_3926)
    }

    @Test func agreesWithTheBitwiseDefinitionInAnyChunking() {
        var random = SeededBytes(state: 2023)
        for length in Array(0...40) + [255, 256, 1000, 4099] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let cut = length == 0 ? 0 : Int(random.next() % UInt64(length + 1))
            var crc = PartChecksum()
            bytes[..<cut].withUnsafeBytes { crc.update($0) }
            bytes[cut...].withUnsafeBytes { crc.update($0) }
            #expect(crc.value == Self.plain(bytes), "length \(length), cut at \(cut)")
        }
    }
}
