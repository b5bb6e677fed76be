/// A document to be written as .docx (表彰决定): paragraphs of a few kinds, as an official notice is set.
/// The shell's writer (UnionEvalDocx) turns it into WordprocessingML.
public struct WordDocument: Sendable, Hashable {
    public enum Paragraph: Sendable, Hashable {
        /// The heading, centred and large.
        case title(String)
        /// A line at the left margin (the salutation, 附件 headings).
        case plain(String)
        /// Running text, its first line indented two characters.
        case body(String)
        /// At the right margin (issuing body, date).
        case right(String)
        /// Centred, bold (an attachment's title).
        case heading(String)
        /// Starts a new page (before the attachments).
        case pageBreak
        /// Names in a borderless grid, `columns` to a row: a name is never broken across lines.
        case names([String], columns: Int)
    }

    public var fileName: String
    public var title: String
    public var paragraphs: [Paragraph]
    /// Written into the document's properties and zip entries; fixed by `--as-of`.
    public var createdAt: Int?

    public init(fileName: String, title: String, paragraphs: [Paragraph]) {
        self.fileName = fileName
        self.title = title
        self.paragraphs = paragraphs
    }

    /// The text of every paragraph, in order (for tests and the console).
    public var texts: [String] {
        paragraphs.compactMap {
            switch $0 {
            case .title(let text), .plain(let text), .body(let text), .right(let text), .heading(let text): return text
            case .pageBreak: return nil
            case .names(let names, _): return names.joined(separator: "、")
            }
        }
    }
}
