/// Whole numbers as people type them: `15`, `15人`, `15 人次`, full-width `１５`, or `15.0` from a
/// number cell.
enum LedgerNumber {
    static func wholeNumber(_ text: String) -> Int? {
        // Nearly every cell is plain digits: no text is rebuilt for them.
        if let number = Int(text) { return number >= 0 ? number : nil }
        var digits = text.withHalfWidthDigits.trimmingWhitespace()
        for unit in ["人次", "人", "名", "位"] where digits.hasSuffix(unit) {
            digits = String(digits.dropLast(unit.count)).trimmingWhitespace()
            break
        }
        if digits.hasSuffix(".0") { digits.removeLast(2) }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}
