import Foundation
import Testing
import UnionEvalCore
import UnionEvalDigest
import WorkbookReadBack

/// The input fingerprints go through swift-crypto: known vectors, and the same digests a reference
/// (Python's hashlib) gives for every length around SHA-256's block size.
@Suite struct FingerprintTests {
    @Test func knownVectors() {
        #expect(FileFingerprint.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(FileFingerprint.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(String(repeating: "a", count: 1000).utf8)
        #expect(FileFingerprint.sha256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func agreesWithHashlibAtEveryLengthAroundTheBlockSize() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<4_200).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let lengths = Array(0...130) + [1_000, 4_095, 4_096, 4_097, 4_200]
        let file = NSTemporaryDirectory() + "fingerprint-\(UUID().uuidString).bin"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let script = "import hashlib,sys\nb=open(sys.argv[1],'rb').read()\nfor n in map(int,sys.argv[2:]): print(hashlib.sha256(b[:n]).hexdigest())"
        let python = try ExternalProcess.run("/usr/bin/env", ["python3", "-c", script, file] + lengths.map(String.init))
        #expect(python.status == 0, "\(python.standardError)")
        let expected = python.standardOutput.split(separator: "\n").map(String.init)
        #expect(expected.count == lengths.count)
        for (length, digest) in zip(lengths, expected) {
            #expect(FileFingerprint.hex(of: Array(bytes[..<length])) == digest, "length \(length)")
        }
    }
}
