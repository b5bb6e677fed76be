import CSHA256
import UnionEvalCore

extension FileFingerprint {
    /// SHA-256 with the CPU's SHA instructions where it has them, else the core's portable one.
    /// The same digests either way; a large year hashes several times faster.
    static let hardwareSHA256 = FileFingerprint { bytes in
        var digest = [UInt8](repeating: 0, count: 32)
        let done = bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { unioneval_sha256(input.baseAddress, input.count, $0.baseAddress) }
        }
        return done == 1 ? SHA256.hex(digest: digest) : SHA256.hex(of: bytes)
    }
}
