extension String {
    /// Trims half- and full-width spaces, tabs, line breaks and stray BOMs, which Excel and WPS leave around cells.
    public func trimmingWhitespace() -> String {
        let isPadding: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{3000}" || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isPadding($0) }) else { return "" }
        let last = lastIndex(where: { !isPadding($0) })!
        return String(self[first...last])
    }

    /// Width on screen and in Excel: CJK and other wide characters count double.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + ($1.isWide ? 2 : 1) }
    }
}

extension Unicode.Scalar {
    var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
