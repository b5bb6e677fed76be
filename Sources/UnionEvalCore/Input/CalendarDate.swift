/// A day without time zone, as written in a ledger.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Why a text is not a date: it has no date shape at all, or it names a day that does not exist.
    public enum ParseFailure: Error, Sendable {
        case unrecognised
        case impossible
    }

    /// Accepts 2023-03-08, 2023/3/8, 2023.3.8, 2023年3月8日 and Excel serial numbers (45000).
    public static func parse(_ text: String) -> Result<CalendarDate, ParseFailure> {
        if let iso = parseISO(text) { return iso }
        var trimmed = text.trimmingWhitespace()
        if trimmed.hasSuffix("日") { trimmed.removeLast() }
        // Excel exports dates as serial numbers when a column is formatted as General.
        if trimmed.count == 5, let serial = Int(trimmed), (20000...80000).contains(serial) {
            return .success(fromExcelSerial(serial))
        }
        let separators: Set<Character> = ["-", "/", ".", "年", "月"]
        let parts = trimmed.split(whereSeparator: { separators.contains($0) }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) && $0.count <= 4 }),
            parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return .failure(.unrecognised) }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return .failure(.impossible) }
        return .success(date)
    }

    /// Fast path for the common "2023-03-08": ten ASCII bytes, no allocation.
    private static func parseISO(_ text: String) -> Result<CalendarDate, ParseFailure>? {
        var text = text
        return text.withUTF8 { bytes -> Result<CalendarDate, ParseFailure>? in
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            guard let date = CalendarDate(year: year, month: month, day: day) else { return .failure(.impossible) }
            return .success(date)
        }
    }

    /// Excel's 1900 date system (serial 60 is the fictitious 1900-02-29; serials here are far past it).
    static func fromExcelSerial(_ serial: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: serial - 25569)
    }

    /// The civil-from-days algorithm: day 0 is 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        self.day = dayOfYear - (153 * mp + 2) / 5 + 1
        self.month = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (the days-from-civil algorithm).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Monday is 1, Sunday is 7.
    public var isoWeekday: Int {
        let weekday = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (weekday < 0 ? weekday + 7 : weekday) + 1
    }

    /// The last day of a period of `count` working days (Monday to Friday) starting on this day or the next working day.
    public func addingWorkingDays(_ count: Int) -> CalendarDate {
        var current = self
        var counted = 0
        while true {
            if current.isoWeekday <= 5 {
                counted += 1
                if counted >= count { return current }
            }
            current = CalendarDate(daysSinceEpoch: current.daysSinceEpoch + 1)
        }
    }

    /// Whole months from `self` to `later`, as a roster counts tenure.
    public func wholeMonths(until later: CalendarDate) -> Int {
        (later.year - year) * 12 + (later.month - month) - (later.day < day ? 1 : 0)
    }

    public var chineseDescription: String { "\(year)年\(month)月\(day)日" }
}
