import UnionEvalCore

/// How one sheet prints: paper orientation, the rows printed, scaling, and the page header and footer.
public struct PrintSetup: Equatable, Sendable {
    public var landscape: Bool
    /// The table's header row, repeated on every page; printing starts there.
    public var headerRow: Int
    public var lastRow: Int
    public var lastColumn: Int
    /// Scaled to the page's width; otherwise printed at full size across pages.
    public var onePageWide: Bool
    /// Scaled to one page wide and this many tall, with narrower top and bottom margins (the ranking and
    /// the notices on one, a unit's feedback on two); nil prints as many pages as the rows need.
    public var pagesTall: Int?
    /// Leading columns repeated on every page of a sheet printed across pages.
    public var repeatedColumns: Int
    public var title: String?
    public var caption: String

    public init(
        landscape: Bool, headerRow: Int, lastRow: Int, lastColumn: Int, onePageWide: Bool, repeatedColumns: Int,
        title: String?, caption: String
    ) {
        self.landscape = landscape
        self.headerRow = headerRow
        self.lastRow = lastRow
        self.lastColumn = lastColumn
        self.onePageWide = onePageWide
        self.repeatedColumns = repeatedColumns
        self.title = title
        self.caption = caption
    }

    /// Margins, in inches, of a sheet fitted to pages: the header and footer closer to the edge, so that
    /// forty units fit on one page at a legible size (`SheetLayout.onePageHeight`).
    static let fittedMargins = (left: 0.7, right: 0.7, top: 0.5, bottom: 0.5, headerFooter: 0.2)

    /// Excel keeps at most 255 characters of a page header or footer.
    static let headerFooterLimit = 255

    /// The title, bold 16 point, centred at the top of every page.
    var pageHeader: String? {
        // The space ends the font size: a title starting with digits (“2023年度”) would otherwise extend it.
        title.map { "&C&\"-,Bold\"&16 " + Self.escaped($0, room: Self.headerFooterLimit - 15) }
    }

    /// Widest caption the footer prints, in character units (a Chinese character is two): beside the page
    /// numbers on a portrait page, 36 Chinese characters or 72 digits. Counted by width, so that a caption
    /// with dates (the data date and the evaluation year's days) is not cut where it would still fit.
    static let footerCaptionWidth = 72

    /// The caption on the left (no size of its own: a sheet scaled to one page still prints it legibly),
    /// the page numbers on the right.
    var pageFooter: String {
        let pages = "&R第 &P 页 共 &N 页"
        guard !caption.isEmpty else { return pages }
        return "&L" + Self.escaped(Self.cut(caption, toWidth: Self.footerCaptionWidth), room: Self.headerFooterLimit - pages.count - 2) + pages
    }

    /// The text whole when it fits `width`, else as much as fits with "…" (two units) after it.
    static func cut(_ text: String, toWidth width: Int) -> String {
        guard text.displayWidth > width else { return text }
        var shown = ""
        var used = 0
        for character in text {
            let characterWidth = String(character).displayWidth
            guard used + characterWidth <= width - 2 else { break }
            shown.append(character)
            used += characterWidth
        }
        return shown + "…"
    }

    /// `&` starts a code in headers and footers; a literal one is doubled. Cut to `room` characters.
    static func escaped(_ text: String, room: Int) -> String {
        var result = ""
        for character in text {
            let piece = character == "&" ? "&&" : String(character)
            guard result.count + piece.count <= room else { break }
            result += piece
        }
        return result
    }
}
