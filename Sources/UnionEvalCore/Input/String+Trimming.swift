extension String {
    /// Trims half- and full-width spaces, tabs, line breaks and stray BOMs, which Excel and WPS leave around cells.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        // Nearly every cell needs no trimming: decide that from its two ends without copying.
        if !first.isPadding && !last.isPadding { return self }
        guard let start = scalars.firstIndex(where: { !$0.isPadding }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.isPadding })!
        return String(scalars[start...end])
    }

    /// Width on screen and in Excel: CJK and other wide characters count double.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + ($1.isWide ? 2 : 1) }
    }
}

extension Unicode.Scalar {
    /// Spaces of any width, line breaks and stray byte-order marks.
    var isPadding: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

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
