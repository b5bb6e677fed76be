import CXlsxWriter

/// The few cell styles the reports use, described in Swift and applied to a libxlsxwriter format.
public struct XlsxCellStyle: Sendable {
    public var bold = false
    public var backgroundColor: UInt32?
    public var border = false
    public var wrap = false
    public var centered = false
    public var numberFormat: String?
    public var fontSize: Double?
    public var topAligned = false

    public init(
        bold: Bool = false, backgroundColor: UInt32? = nil, border: Bool = false, wrap: Bool = false,
        centered: Bool = false, numberFormat: String? = nil, fontSize: Double? = nil, topAligned: Bool = false
    ) {
        self.bold = bold
        self.backgroundColor = backgroundColor
        self.border = border
        self.wrap = wrap
        self.centered = centered
        self.numberFormat = numberFormat
        self.fontSize = fontSize
        self.topAligned = topAligned
    }

    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if let backgroundColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, backgroundColor)
        }
        if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if wrap { format_set_text_wrap(format) }
        if centered {
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        }
        if topAligned { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if let fontSize { format_set_font_size(format, fontSize) }
    }
}
