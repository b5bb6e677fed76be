import Foundation

extension ResultsDocument {
    public static let fileName = "results.json"

    /// The document as written: pretty-printed with sorted keys (so the same run gives the same
    /// bytes), slashes as they are, a final line break.
    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }
}
