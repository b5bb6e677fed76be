import PropertyBased
import Testing
@testable import UnionEvalCore

/// `RecordMatch` tests records through bit sets and packed month-days; it must answer exactly what
/// its conditions, read as plain sets and dates, say.
@Suite struct RecordMatchTests {
    struct Case: Sendable, CustomStringConvertible {
        var categories: Set<Int>
        var levels: Set<ActivityLevel>
        var outcomes: Set<Int>
        var requiresOutcome: Bool
        var months: Set<Int>
        var from: MonthDay?
        var to: MonthDay?
        var yearStart: MonthDay
        var record: ActivityRecord

        var match: RecordMatch {
            var match = RecordMatch()
            match.categories = categories
            match.levels = levels
            match.outcomes = outcomes
            match.requiresOutcome = requiresOutcome
            match.months = months
            match.from = from
            match.to = to
            match.yearStart = yearStart
            return match
        }

        /// The conditions as written in the criteria file, without any of the match's shortcuts.
        var expected: Bool {
            let date = record.date
            let day = MonthDay(date)
            return (categories.isEmpty || categories.contains(record.category))
                && (levels.isEmpty || levels.contains(record.level))
                && (!(requiresOutcome || !outcomes.isEmpty) || (record.outcome.map { outcomes.isEmpty || outcomes.contains($0) } ?? false))
                && (months.isEmpty || months.contains(date.month))
                && (from.map { daysIntoYear(day) >= daysIntoYear($0) } ?? true)
                && (to.map { daysIntoYear(day) <= daysIntoYear($0) } ?? true)
        }

        /// Days from `yearStart` to `day`, counted on a leap year's calendar.
        func daysIntoYear(_ day: MonthDay) -> Int {
            let dayNumber = { (day: MonthDay) in CalendarDate(year: 2000, month: day.month, day: day.day)!.daysSinceEpoch }
            return (dayNumber(day) - dayNumber(yearStart) + 366) % 366
        }

        var description: String {
            "categories \(categories.sorted()) levels \(levels.map(\.rawValue).sorted()) outcomes \(outcomes.sorted()) requires \(requiresOutcome) "
                + "start \(yearStart) months \(months.sorted()) from \(String(describing: from)) to \(String(describing: to)) record \(record.date) c\(record.category) l\(record.level.rawValue) o\(String(describing: record.outcome))"
        }
    }

    static let smallSet = Gen.int(in: 0...70).array(of: 0...3).map { Set($0) }
    // Dates from a few days of a few months, so records fall on window edges often.
    static let monthDay = zip(Gen.int(in: 1...3), Gen.int(in: 1...3)).map { MonthDay(month: $0, day: $1) }
    static let optionalMonthDay = zip(Gen.bool, monthDay).map { $0 ? $1 : nil }
    // The calendar year, or a year starting inside the few months the records use.
    static let yearStart = zip(Gen.bool, monthDay).map { $0 ? MonthDay.newYear : $1! }

    static let record = zip(Gen.int(in: 1...3), Gen.int(in: 1...3), Gen.int(in: 0...70), Gen.int(in: 0...5), Gen.int(in: -1...70)).map {
        ActivityRecord(
            union: 0, file: 0, line: 2, date: CalendarDate(year: 2023, month: $0, day: $1)!, name: 0, category: $2,
            level: ActivityLevel(rawValue: $3), outcome: $4 < 0 ? nil : $4, declaredParticipants: nil, poolStart: 0, organizers: 0,
            participants: 0)
    }

    static let matchCase = zip(
        smallSet, Gen.int(in: 0...5).array(of: 0...2).map { Set($0.map { ActivityLevel(rawValue: $0) }) }, smallSet, Gen.bool,
        Gen.int(in: 1...3).array(of: 0...2).map { Set($0) }, zip(optionalMonthDay, optionalMonthDay, yearStart), record
    ).map {
        Case(categories: $0, levels: $1, outcomes: $2, requiresOutcome: $3, months: $4, from: $5.0, to: $5.1, yearStart: $5.2, record: $6)
    }

    @Test func matchingAgreesWithThePlainReadingOfTheConditions() async {
        await propertyCheck(count: 500, input: Self.matchCase) { test in
            #expect(test.match.matches(test.record) == test.expected)
            #expect(test.match.includesCategory(test.record.category) == test.categories.contains(test.record.category))
        }
    }

    @Test func clearedConditionsMatchLikeANewMatch() {
        var match = RecordMatch()
        match.categories = [3, 64]
        match.months = [5]
        match.from = MonthDay(month: 5, day: 10)
        match.categories = []
        match.months = []
        match.from = nil
        #expect(match == RecordMatch())
    }
}
