import Foundation

extension ResultsDocument {
    public static let fileName = "results.json"

    /// The document as written: compact (its ledger trail has a value per record, which indenting would
    /// triple), keys sorted so the same run gives the same bytes, slashes as they are, a final line break.
    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// A document as `json()` wrote it, by this version or an earlier one (which has no `trail`).
    public init(json bytes: [UInt8]) throws {
        self = try JSONDecoder().decode(ResultsDocument.self, from: Data(bytes))
    }
}
