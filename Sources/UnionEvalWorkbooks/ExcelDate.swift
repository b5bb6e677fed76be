import UnionEvalCore

/// Excel's date serials as the core reads dates: `2023-03-08`. The time of day is dropped: ledgers
/// record days.
enum ExcelDate {
    /// Excel's last date, 9999-12-31, is serial 2,958,465.
    static let lastSerial = 2_958_465.0

    /// The date, or nil for a serial no date can have (negative, past 9999, not a number): such a cell
    /// is then read as the number it is.
    static func text(serial: Double, uses1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial <= lastSerial else { return nil }
        let days = Int(serial.rounded(.down))
        let sinceEpoch: Int
        if uses1904 {
            // 1904-01-01 is serial 0, 24,107 days before 1970-01-01.
            sinceEpoch = days - 24_107
        } else {
            // Serial 1 is 1900-01-01; serial 60 is Excel's fictitious 1900-02-29, so serials before it are a day off.
            sinceEpoch = days < 60 ? days - 25_568 : days - 25_569
        }
        return CalendarDate(daysSinceEpoch: sinceEpoch).description
    }
}

/// Numbers as text, as a cell shows them in General format: whole numbers without a decimal point
/// (an ID typed as 1077 is `1077`, not `1077.0`), others as written.
enum ExcelNumber {
    static func text(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains(where: { $0 == "." || $0 == "E" || $0 == "e" }), let value = Double(text) else { return text }
        return isWhole(value) || text.contains("E") || text.contains("e") ? Self.text(value) : text
    }

    /// A number cell's value (FreeXL hands doubles).
    static func text(_ value: Double) -> String {
        isWhole(value) ? String(Int64(value)) : String(value)
    }

    /// Whole and small enough to write without a decimal point or an exponent.
    private static func isWhole(_ value: Double) -> Bool { value == value.rounded() && abs(value) < 1e15 }
}
