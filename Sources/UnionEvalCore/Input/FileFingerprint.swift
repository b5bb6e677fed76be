/// How input files are fingerprinted for the 说明 sheet and results.json: SHA-256 as lowercase hex.
/// The shell may hand in a faster implementation of the same function (see `YearInputs.fingerprint`).
public struct FileFingerprint: Sendable {
    public let hex: @Sendable ([UInt8]) -> String

    public init(hex: @escaping @Sendable ([UInt8]) -> String) {
        self.hex = hex
    }

    /// This module's portable SHA-256.
    public static let sha256 = FileFingerprint(hex: SHA256.hex(of:))
}
