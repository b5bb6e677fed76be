import Foundation
import WorkbookReadBack

/// A workbook as LibreOffice prints it: converted headless to PDF, then read back page by page with
/// poppler's `pdftohtml -xml`, which gives every piece of text with the size it is printed at.
struct PrintedPages {
    struct Page {
        var number: Int
        /// The page's text in reading order, pieces joined without separators.
        var text: String
        /// The smallest font size on the page, in points.
        var smallestFontSize: Double?
    }

    var pages: [Page]
    /// The PDF LibreOffice wrote.
    var pdf = ""

    static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let pdftohtml = ["/usr/bin/pdftohtml", "/usr/local/bin/pdftohtml"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var toolsAvailable: Bool { soffice != nil && pdftohtml != nil }

    /// pdftohtml reports sizes as whole numbers at its zoom (at most 3): thirds of a point.
    static let zoom = 3.0

    static func print(_ workbook: String, into folder: String) throws -> PrintedPages {
        guard let soffice, let pdftohtml else { throw ReadBackError(message: "soffice or pdftohtml is missing") }
        // A profile of its own, so that parallel tests and a user's open LibreOffice do not collide.
        let converted = try ExternalProcess.run(
            soffice,
            ["-env:UserInstallation=file://\(folder)/libreoffice-profile", "--headless", "--convert-to", "pdf", "--outdir", folder, workbook])
        let pdf = "\(folder)/\(URL(fileURLWithPath: workbook).deletingPathExtension().lastPathComponent).pdf"
        guard converted.status == 0, FileManager.default.fileExists(atPath: pdf) else {
            throw ReadBackError(message: "LibreOffice could not print \(workbook): \(converted.standardError)")
        }
        let xml = try ExternalProcess.run(pdftohtml, ["-xml", "-i", "-stdout", "-zoom", "\(Int(zoom))", pdf])
        guard xml.status == 0 else { throw ReadBackError(message: "pdftohtml failed: \(xml.standardError)") }
        var printed = PrintedPages(xml: xml.standardOutput)
        printed.pdf = pdf
        return printed
    }

    /// Parses pdftohtml's XML: `<fontspec id size>` elements (numbered across the document) and
    /// `<text font>` elements, grouped by `<page number>`.
    init(xml: String) {
        var sizes: [String: Double] = [:]
        var pages: [Page] = []
        for line in xml.split(separator: "\n") {
            let line = String(line)
            if line.hasPrefix("<page ") {
                pages.append(Page(number: pages.count + 1, text: "", smallestFontSize: nil))
            } else if line.contains("<fontspec "), let id = Self.attribute("id", in: line), let size = Self.attribute("size", in: line) {
                sizes[id] = (Double(size) ?? 0) / Self.zoom
            } else if line.hasPrefix("<text "), let font = Self.attribute("font", in: line), !pages.isEmpty {
                let content = line.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                guard !content.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                pages[pages.count - 1].text += content
                if let size = sizes[font] {
                    pages[pages.count - 1].smallestFontSize = min(pages[pages.count - 1].smallestFontSize ?? size, size)
                }
            }
        }
        self.pages = pages
    }

    private static func attribute(_ name: String, in line: String) -> String? {
        guard let start = line.range(of: " \(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
