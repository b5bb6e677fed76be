/// What the writer needs to know of a cell's text — whether Excel can take it as it is, whether it has
/// line breaks, how wide it is — found in one pass over its UTF-8 bytes. A large sheet has millions of
/// text cells; three separate scans of each were a tenth of a run's instructions. No library knows
/// Excel's character units and Calibri's widths (`TextWrap`); the property that decided it is the
/// printed-rows test, which measures LibreOffice's PDF against these counts.
public struct TextMeasure: Sendable, Equatable {
    /// No character XML cannot carry (C0 controls other than tab and line break, DEL, U+FFFE/U+FFFF).
    public var isClean: Bool
    public var hasLineBreak: Bool
    /// Width in Excel's character units, as `String.displayWidth` counts it.
    public var width: Int
    /// Printed width in Calibri 11, in hundredths of a pixel (see `TextWrap`).
    public var pixelWidth: Int
    public var byteCount: Int

    public init(_ text: String) {
        var text = text
        (isClean, hasLineBreak, width, pixelWidth, byteCount) = text.withUTF8 { bytes in
            var clean = true
            var lineBreak = false
            var width = 0
            var pixels = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    width += 1
                    pixels += TextWrap.asciiWidth(byte)
                    if byte < 0x20 || byte == 0x7F {
                        if byte == 0x0A { lineBreak = true } else if byte != 0x09 { clean = false }
                    }
                } else if byte & 0xC0 != 0x80 {
                    width += 2
                    pixels += TextWrap.wideWidth
                    // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                    if byte == 0xEF && index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                        clean = false
                    }
                }
                index += 1
            }
            return (clean, lineBreak, width, pixels, count)
        }
    }
}
