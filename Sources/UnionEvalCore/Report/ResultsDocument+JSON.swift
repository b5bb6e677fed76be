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

    /// A document as `json()` wrote it, by this version or an earlier one. A `trail` this version cannot
    /// read (an earlier layout of it) is left out, as in a document that has none: the comparison then
    /// says what it cannot explain.
    public init(json bytes: [UInt8]) throws {
        let decoder = JSONDecoder()
        do {
            self = try decoder.decode(ResultsDocument.self, from: Data(bytes))
        } catch {
            guard var object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any], object["trail"] != nil else {
                throw error
            }
            object["trail"] = nil
            self = try decoder.decode(ResultsDocument.self, from: try JSONSerialization.data(withJSONObject: object))
        }
    }

    /// What a decoding error means, in the office's words: which field is missing or wrong, and where.
    public static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?: return "缺少字段 \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?: return "字段 \(path(context.codingPath)) 的值不对"
        case .dataCorrupted?: return "不是完整的 JSON"
        default: return "\(error)"
        }
    }
}
