import Foundation

/// A .docx as python-docx reads it, with checks on the package parts Word requires.
public struct ReadBackDocument: Decodable, Sendable {
    public struct Paragraph: Decodable, Sendable {
        public var text: String
        public var style: String
    }

    /// The zip's entry names.
    public var parts: [String]
    /// [Content_Types].xml declares the main document part.
    public var declaresMainDocument: Bool
    /// _rels/.rels points at word/document.xml.
    public var linksMainDocument: Bool
    /// word/document.xml's root element is `w:document`.
    public var rootIsDocument: Bool
    public var title: String?
    public var paragraphs: [Paragraph]
    /// Each table's rows of cell texts, in document order.
    public var tables: [[[String]]]

    public var texts: [String] { paragraphs.map(\.text) }

    public static func read(_ path: String) throws -> ReadBackDocument {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("read_document.py")
        let result = try ExternalProcess.run("/usr/bin/env", ["python3", script.path, path])
        guard result.status == 0 else {
            throw ReadBackError(message: "python-docx could not read \(path): \(result.standardError)")
        }
        return try JSONDecoder().decode(ReadBackDocument.self, from: Data(result.standardOutput.utf8))
    }
}
