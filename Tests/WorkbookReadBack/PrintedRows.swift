import Foundation

/// The table rows of a printed PDF measured against their text, by Tests/WorkbookReadBack/measure_rows.py
/// (pdfplumber): a row is the band between two cell borders, its text the most lines any of its cells
/// prints.
public struct PrintedRows: Decodable {
    public struct Row: Decodable {
        /// Height of the band, in points as printed.
        public var height: Double
        /// Lines of text of its fullest cell.
        public var lines: Int
        /// Distance between two lines of text, in points as printed.
        public var pitch: Double
        /// Size of the row's text, in points as printed.
        public var size: Double
        /// The row's first characters, to name it.
        public var text: String

        /// The page's scale: the workbooks' text is 11 points.
        public var scale: Double { size / 11 }
        /// The row's height in the workbook's lines (15 points each).
        public var heightInLines: Double { height / (15 * scale) }
    }

    public struct Page: Decodable {
        public var page: Int
        public var rows: [Row]
    }

    public var pages: [Page]

    public static var available: Bool {
        (try? ExternalProcess.run("/usr/bin/env", ["python3", "-c", "import pdfplumber"]).status) == 0
    }

    public static func measure(_ pdf: String) throws -> PrintedRows {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("measure_rows.py")
        let result = try ExternalProcess.run("/usr/bin/env", ["python3", script.path, pdf])
        guard result.status == 0 else { throw ReadBackError(message: "measure_rows.py failed: \(result.standardError)") }
        return PrintedRows(pages: try JSONDecoder().decode([Page].self, from: Data(result.standardOutput.utf8)))
    }
}
