/// How input files are fingerprinted for the 说明 sheet and results.json: SHA-256 as lowercase hex.
/// The core computes no digest itself: the shell hands one in (`YearInputs.fingerprint`), and without
/// one the fingerprints are left empty.
public struct FileFingerprint: Sendable {
    public let hex: @Sendable ([UInt8]) -> String

    public init(hex: @escaping @Sendable ([UInt8]) -> String) {
        self.hex = hex
    }
}
