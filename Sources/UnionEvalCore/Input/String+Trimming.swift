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

    /// Width in Excel's character units: ASCII counts 1, anything else 2. In the CJK fonts a Chinese
    /// Excel or WPS uses, Chinese text and the punctuation around it (“”、—…) are full width.
    /// Counted on UTF-8 lead bytes, as reports measure every cell.
    public var displayWidth: Int { TextMeasure(self).width }
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

}
