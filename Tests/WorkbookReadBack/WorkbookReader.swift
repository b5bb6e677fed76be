import Foundation

/// Runs Tests/Support/read_workbook.py (openpyxl) on a generated workbook: tests check what a real reader sees.
public struct ReadBackWorkbook: Decodable, Sendable {
    public struct Sheet: Decodable, Sendable {
        public var name: String
        public var freeze: String?
        public var autofilter: String?
        public var orientation: String?
        public var paper: String?
        public var fitToPage: Bool
        public var fitWidth: Int?
        public var fitHeight: Int?
        public var printTitles: String?
        public var printTitleColumns: String?
        public var footer: String?
        public var footerLeft: String?
        public var footerRight: String?
        public var pageHeader: String?
        public var printArea: String?
        public var state: String?
        public var validations: [Validation]
        public var widths: [String: Double]
        public var heights: [String: Double]
        public var headerBold: Bool
        /// Merged blocks, as "A1:H1".
        public var merged: [String]
        public var rows: [[Value?]]
        public var formulas: [[Value?]]

        /// Index in `rows` of the table's header: the last frozen row (title lines are frozen above it).
        public var headerIndex: Int {
            guard let freeze, let row = Int(freeze.drop { $0.isLetter }), row >= 2 else { return 0 }
            return row - 2
        }

        /// The table's column headers.
        public var header: [String] { rows.indices.contains(headerIndex) ? rows[headerIndex].map { $0?.text ?? "" } : [] }

        /// The rows below the header (with any notes after the table).
        public var body: ArraySlice<[Value?]> { rows.dropFirst(headerIndex + 1) }

        /// The position of the column headed `name`.
        public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
    }

    /// A data validation as openpyxl reads it: type (list, date, whole…), cell range, formulas, the
    /// error style (nil for stop) and the hint.
    public struct Validation: Decodable, Sendable {
        public var type: String?
        public var range: String
        public var formula1: String?
        public var formula2: String?
        public var errorStyle: String?
        public var promptTitle: String?
        public var prompt: String?
    }

    public enum Value: Decodable, Equatable, Sendable {
        case number(Double)
        case text(String)

        public init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        public var text: String? { if case .text(let value) = self { return value } else { return nil } }
        public var number: Double? { if case .number(let value) = self { return value } else { return nil } }
    }

    public var title: String?
    public var sheets: [Sheet]

    public func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    public static func read(_ path: String) throws -> ReadBackWorkbook {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("read_workbook.py")
        let result = try ExternalProcess.run("/usr/bin/env", ["python3", script.path, path])
        guard result.status == 0 else {
            throw ReadBackError(message: "openpyxl could not read \(path): \(result.standardError)")
        }
        return try JSONDecoder().decode(ReadBackWorkbook.self, from: Data(result.standardOutput.utf8))
    }
}

public struct ReadBackError: Error, CustomStringConvertible {
    public var message: String

    public init(message: String) { self.message = message }

    public var description: String { message }
}
