/// Dates as ledgers really hold them, beyond the contract's four forms: date-times as Excel exports
/// them (`2023/3/8 0:00`, `2023-03-08 14:30:00`), `20230308`, `2023年3月8日上午`, a month and day
/// without a year (`3月8日`, `3-8`, the day of that name in the evaluation year), and a range (`2023.3.8-3.10`), which
/// counts on its first day and is noted.
enum LedgerDate {
    struct Parsed: Equatable {
        var date: CalendarDate
        /// Set for a range, which counts on its first day and is noted.
        var isRange = false
    }

    static func parse(_ text: String, in year: EvaluationYear?) -> Result<Parsed, CalendarDate.ParseFailure> {
        switch CalendarDate.parse(text) {
        case .success(let date): return .success(Parsed(date: date))
        case .failure(.impossible): return .failure(.impossible)
        case .failure(.unrecognised): break
        }
        let trimmed = text.trimmingWhitespace().withHalfWidthDigits
        if trimmed != text, case .success(let date) = CalendarDate.parse(trimmed) { return .success(Parsed(date: date)) }
        // A time after the day: "2023/3/8 0:00", "2023-03-08 14:30:00", "2023-03-08T14:30".
        if let cut = trimmed.firstIndex(where: { $0 == " " || $0 == "T" }), trimmed[trimmed.index(after: cut)...].contains(":") {
            return parse(String(trimmed[..<cut]), in: year)
        }
        // 20230308.
        if trimmed.count == 8, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }),
            let number = Int(trimmed), let date = CalendarDate(year: number / 10000, month: number / 100 % 100, day: number % 100)
        {
            return .success(Parsed(date: date))
        }
        // A range: the part before the dash, tilde or 至 that still reads as a date.
        for separator in ["至", "~", "～", "—", "－", "-"] where trimmed.contains(separator) {
            let pieces = trimmed.components(separatedBy: separator)
            guard pieces.count == 2 || (separator == "-" && pieces.count > 3), !pieces[0].isEmpty else { continue }
            let first = separator == "-" && pieces.count > 3 ? pieces.prefix(3).joined(separator: "-") : pieces[0]
            if case .success(var parsed) = parse(first, in: year), first.count < trimmed.count {
                parsed.isRange = true
                return .success(parsed)
            }
        }
        // A part of the day (after ranges, whose second day may end in 日 too) after 日: "2023年3月8日上午".
        if let day = trimmed.firstIndex(of: "日"), trimmed.index(after: day) < trimmed.endIndex {
            return parse(String(trimmed[...day]), in: year)
        }
        // Month and day without a year: "3月8日", "3-8", "3/8", "3.8".
        if let year {
            var monthDay = trimmed
            if monthDay.hasSuffix("日") { monthDay.removeLast() }
            let parts = monthDay.split(whereSeparator: { "-/.月".contains($0) })
            if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                let month = Int(parts[0]), let day = Int(parts[1])
            {
                guard let date = year.date(month: month, day: day) else { return .failure(.impossible) }
                return .success(Parsed(date: date))
            }
        }
        return .failure(.unrecognised)
    }
}
