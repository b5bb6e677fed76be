/// Excel's limits on cell text and sheet names, applied before anything reaches the C library.
public enum ExcelText {
    public static let maximumCellLength = 32_767
    public static let maximumRows = 1_048_576
    public static let maximumSheetNameLength = 31

    /// Removes control characters XML cannot carry (keeping tab and line break) and cuts text Excel cannot hold.
    public static func cellText(_ text: String) -> String {
        cellText(text, measure: TextMeasure(text))
    }

    /// `cellText` for a text already measured: nearly all cells are short and clean, which the measure
    /// tells without another scan (UTF-16 length ≤ UTF-8 length).
    public static func cellText(_ text: String, measure: TextMeasure) -> String {
        if measure.byteCount <= maximumCellLength && measure.isClean { return text }
        var cleaned = text
        if cleaned.unicodeScalars.contains(where: isForbidden) {
            cleaned = String(String.UnicodeScalarView(cleaned.unicodeScalars.filter { !isForbidden($0) }))
        }
        if cleaned.utf16.count > maximumCellLength {
            // Excel counts UTF-16 units; cut on a character boundary and say so in the cell.
            let marker = "…（已截断）"
            var cut = cleaned.prefix(maximumCellLength - marker.utf16.count)
            while cut.utf16.count > maximumCellLength - marker.utf16.count { cut = cut.dropLast() }
            cleaned = String(cut) + marker
        }
        return cleaned
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0x7F
            || (0xFFFE...0xFFFF).contains(scalar.value)
    }

    /// A legal, unique sheet name: none of []:*?/\, at most 31 characters, not already in `taken`.
    public static func sheetName(_ proposed: String, taken: Set<String>) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var base = String(proposed.filter { !forbidden.contains($0) }).trimmingCharacters(in: "'")
        if base.isEmpty { base = "Sheet" }
        var candidate = String(base.prefix(maximumSheetNameLength))
        var counter = 2
        while taken.contains(where: { $0.lowercased() == candidate.lowercased() }) {
            let suffix = "（\(counter)）"
            candidate = String(base.prefix(maximumSheetNameLength - suffix.count)) + suffix
            counter += 1
        }
        return candidate
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
