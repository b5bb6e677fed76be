import CSHA256
import Testing
import UnionEvalCore

/// The shell fingerprints files with the CPU's SHA instructions; the digests must be the core's.
@Suite struct HardwareSHA256Tests {
    /// Machines without SHA instructions fall back to the portable digest: nothing to compare there,
    /// and the tests say they were skipped instead of passing.
    static let cpuHasSHA = hardwareDigest([]) != nil

    static func hardwareDigest(_ bytes: [UInt8]) -> [UInt8]? {
        var digest = [UInt8](repeating: 0, count: 32)
        let done = bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { unioneval_sha256(input.baseAddress, input.count, $0.baseAddress) }
        }
        return done == 1 ? digest : nil
    }

    @Test(.enabled(if: cpuHasSHA, "the CPU has no SHA instructions"))
    func agreesWithThePortableDigestAtEveryLengthAroundTheBlockSize() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<4_200).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        for length in Array(0...200) + [1_000, 4_095, 4_096, 4_097, 4_200] {
            let prefix = Array(bytes[..<length])
            #expect(Self.hardwareDigest(prefix) == SHA256.digest(of: prefix), "length \(length)")
        }
    }

    @Test(.enabled(if: cpuHasSHA, "the CPU has no SHA instructions"))
    func knownVectors() throws {
        let abc = try #require(Self.hardwareDigest(Array("abc".utf8)))
        let empty = try #require(Self.hardwareDigest([]))
        #expect(SHA256.hex(digest: abc) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(digest: empty) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
