import Testing
@testable import UnionEvalCore

/// Evaluation years that do not start on 1 January (`year_start`), windows across 31 December, and
/// dates that can never match: said, never a silent 0.
@Suite struct EvaluationYearTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

    /// The test rubric from `year_start`, with K1 (文化活动, 2 points each, at most 6) given `match`.
    static func rubric(yearStart: String?, k1Match: String = "{categories: [文化活动]}") throws -> Criteria {
        try TestSupport.rubric { text in
            text.replacingOccurrences(of: "year: 2023\n", with: "year: 2023\n" + (yearStart.map { "year_start: \($0)\n" } ?? ""))
                .replacingOccurrences(of: "match: {categories: [文化活动]}, points_each: 2", with: "match: \(k1Match), points_each: 2")
        }
    }

    static func criteriaDiagnostics(_ edit: (String) -> String) throws -> (text: String, found: [Diagnostic]) {
        let text = edit(try TestSupport.fixture("rubric.yaml"))
        return (text, CriteriaParser.parse(text, file: "rubric.yaml").diagnostics)
    }

    /// The 1-based line of the first line of `text` that contains `fragment`.
    static func line(of fragment: String, in text: String) -> Int {
        (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(fragment) } ?? -1) + 1
    }

    @Test func aYearFromTheFirstOfDecemberIsNamedAfterTheYearItEndsIn() throws {
        let year = try #require(EvaluationYear(year: 2023, start: MonthDay(month: 12, day: 1)!))
        #expect(year.first == Self.day(2022, 12, 1))
        #expect(year.last == Self.day(2023, 11, 30))
        #expect(year.date(month: 12, day: 5) == Self.day(2022, 12, 5))
        #expect(year.date(month: 3, day: 8) == Self.day(2023, 3, 8))
        #expect(year.contains(Self.day(2022, 12, 1)) && year.contains(Self.day(2023, 11, 30)))
        #expect(!year.contains(Self.day(2022, 11, 30)) && !year.contains(Self.day(2023, 12, 1)))
        #expect(year.days.count == 365)
        #expect(year.name == "2023（2022年12月1日至2023年11月30日）")
        let calendar = try #require(EvaluationYear(year: 2023))
        #expect(calendar.first == Self.day(2023, 1, 1) && calendar.last == Self.day(2023, 12, 31) && calendar.name == "2023")
        // A school year from 1 March that holds a 29 February.
        let leap = try #require(EvaluationYear(year: 2024, start: MonthDay(month: 3, day: 1)!))
        #expect(leap.last == Self.day(2024, 2, 29) && leap.days.count == 366)
        #expect(EvaluationYear(year: 2023, start: MonthDay(month: 3, day: 1)!)?.date(month: 2, day: 29) == nil)
        #expect(EvaluationYear.containing(Self.day(2023, 12, 15), start: MonthDay(month: 12, day: 1)!)?.year == 2024)
        #expect(EvaluationYear.containing(Self.day(2023, 11, 15), start: MonthDay(month: 12, day: 1)!)?.year == 2023)
    }

    /// 2023 from 12-01: December 2022 counts, December 2023 is outside the year (W-DATE-YEAR), and a
    /// December day written without a year is December 2022.
    @Test func decemberOfThePreviousCalendarYearCountsAndDecemberOfThisOneDoesNot() throws {
        let criteria = try Self.rubric(yearStart: "12-01")
        #expect(criteria.yearStart == MonthDay(month: 12, day: 1))
        let inputs = TestSupport.inputs(ledgers: [
            "A单位": "A单位,2022-12-10,迎新年联欢,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n"
                + "A单位,12月20日,冬至包饺子,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n"
                + "A单位,2023-12-05,年终联欢,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n"
                + "A单位,2023-11-30,读书会,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n",
            "B单位": "B单位,2022-11-30,秋游,文化活动,院级,\(TestSupport.ids("B", 1...5)),\n",
        ])
        let run = TestSupport.run(inputs, criteria: criteria)
        #expect(run.points("A单位", "K1") == Points(6))
        #expect(run.points("B单位", "K1") == Points(0))
        let outside = run.diagnostics.filter { $0.code == "W-DATE-YEAR" }
        #expect(outside.map { "\($0.location.file):\($0.location.line)" } == ["activities/A单位.csv:4", "activities/B单位.csv:2"])
        #expect(outside[0].message == "日期不在 2023 评选年度（2022年12月1日至2023年11月30日）内，本行不计分。")
        let yearless = run.data.records.first { $0.line == 3 && $0.union == 0 }
        #expect(yearless?.date == Self.day(2022, 12, 20))
    }

    /// An autumn semester, 09-01 to 01-15, in a year from 09-01: records on both sides of 31 December
    /// count, and the rule says "次年".
    @Test func aWindowAcross31DecemberScoresRecordsOnBothSides() throws {
        let criteria = try Self.rubric(yearStart: "09-01", k1Match: "{categories: [文化活动], from: 09-01, to: 01-15}")
        let inputs = TestSupport.inputs(ledgers: [
            "A单位": "A单位,2022-10-01,国庆合唱,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n"
                + "A单位,2023-01-15,迎春联欢,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n"
                + "A单位,2023-01-16,寒假前茶话会,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n"
                + "A单位,2023-08-31,暑期读书会,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n",
        ])
        let run = TestSupport.run(inputs, criteria: criteria)
        #expect(run.points("A单位", "K1") == Points(4))
        #expect(!run.diagnostics.contains { $0.code == "W-DATE-YEAR" })
        let k1 = try #require(criteria.indicators.first { $0.id == "K1" })
        #expect(k1.ruleDescription(in: criteria).contains("9月1日至次年1月15日"))
    }

    /// `months: [12, 1]` in a year from 12-01 is one span; the rule lists the months in the year's order.
    @Test func monthsAcrossTheNewYearAreInTheYearsOrder() throws {
        let criteria = try Self.rubric(yearStart: "12-01", k1Match: "{categories: [文化活动], months: [1, 12]}")
        let k1 = try #require(criteria.indicators.first { $0.id == "K1" })
        #expect(k1.ruleDescription(in: criteria).contains("2022年12月、2023年1月内"))
        let inputs = TestSupport.inputs(ledgers: [
            "A单位": "A单位,2022-12-31,跨年,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n"
                + "A单位,2023-01-02,新年,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n"
                + "A单位,2023-02-02,春节,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n",
        ])
        #expect(TestSupport.run(inputs, criteria: criteria).points("A单位", "K1") == Points(4))
    }

    @Test func aWindowAcrossTheYearsStartIsALocatedError() throws {
        let (text, found) = try Self.criteriaDiagnostics {
            $0.replacingOccurrences(of: "match: {categories: [文化活动]}", with: "match: {categories: [文化活动], from: 12-01, to: 11-30}")
        }
        #expect(found.map(\.code) == ["E-CRITERIA-WINDOW"])
        #expect(found[0].location.line == Self.line(of: "from: 12-01", in: text) && found[0].location.column > 0)
        #expect(found[0].message.contains("12月1日 在 2023 评选年度（2023年1月1日至2023年12月31日）中晚于"))
        #expect(found[0].message.contains("year_start: 12-01"))
        // The same window in a year from 12-01 is the whole year.
        let criteria = try Self.rubric(yearStart: "12-01", k1Match: "{categories: [文化活动], from: 12-01, to: 11-30}")
        let inputs = TestSupport.inputs(ledgers: [
            "A单位": "A单位,2022-12-01,一,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n"
                + "A单位,2023-09-15,二,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n",
        ])
        #expect(TestSupport.run(inputs, criteria: criteria).points("A单位", "K1") == Points(4))
    }

    @Test func aWindowOpenAtOneEndIsAmbiguousWhenTheYearDoesNotStartOnNewYearsDay() throws {
        let (text, found) = try Self.criteriaDiagnostics {
            $0.replacingOccurrences(of: "year: 2023\n", with: "year: 2023\nyear_start: 12-01\n")
                .replacingOccurrences(of: "match: {categories: [文化活动]}", with: "match: {categories: [文化活动], from: 09-01}")
        }
        #expect(found.map(\.code) == ["E-CRITERIA-WINDOW"])
        #expect(found[0].location.line == Self.line(of: "from: 09-01", in: text))
        #expect(found[0].message.contains("请同时写明“from”和“to”"))
        // In a calendar year it is plain: from 1 September to 31 December.
        #expect(try Self.criteriaDiagnostics {
            $0.replacingOccurrences(of: "match: {categories: [文化活动]}", with: "match: {categories: [文化活动], from: 09-01}")
        }.found.isEmpty)
    }

    @Test func aMonthOutsideTheWindowIsALocatedError() throws {
        let (text, found) = try Self.criteriaDiagnostics {
            $0.replacingOccurrences(
                of: "match: {categories: [文化活动]}", with: "match: {categories: [文化活动], months: [3, 10], from: 09-01, to: 12-31}")
        }
        #expect(found.map(\.code) == ["E-CRITERIA-WINDOW"])
        #expect(found[0].location.line == Self.line(of: "months: [3, 10]", in: text))
        #expect(found[0].message.contains("中的 3月 不在“from”“to”的时段内"))
    }

    @Test func datesThatNameNoDayOfTheYearAreAnError() throws {
        let (_, found) = try Self.criteriaDiagnostics {
            $0.replacingOccurrences(of: "match: {categories: [文化活动]}", with: "match: {categories: [文化活动], from: 02-29, to: 02-29}")
        }
        #expect(found.map(\.code) == ["E-CRITERIA-WINDOW"])
        #expect(found[0].message.contains("一天也匹配不到"))
        // 2024 has a 29 February.
        #expect(try Self.criteriaDiagnostics {
            $0.replacingOccurrences(of: "year: 2023", with: "year: 2024")
                .replacingOccurrences(of: "tenure_reference_date: 2023-12-31", with: "tenure_reference_date: 2024-12-31")
                .replacingOccurrences(of: "match: {categories: [文化活动]}", with: "match: {categories: [文化活动], from: 02-29, to: 02-29}")
        }.found.isEmpty)
    }

    @Test func aYearCannotStartOn29FebruaryOrBeforeItsDeadline() throws {
        let (_, leap) = try Self.criteriaDiagnostics { $0.replacingOccurrences(of: "year: 2023\n", with: "year: 2023\nyear_start: 02-29\n") }
        #expect(leap.map(\.code) == ["E-CRITERIA-DATE"])
        let (_, deadline) = try Self.criteriaDiagnostics {
            $0.replacingOccurrences(of: "year: 2023\n", with: "year: 2023\nyear_start: 12-01\nreporting: {deadline: 2022-11-25}\n")
        }
        #expect(deadline.map(\.code) == ["E-CRITERIA-DATE"])
        #expect(deadline[0].message.contains("早于 2023 评选年度的第一天（2022年12月1日）"))
    }

    /// Without `tenure_reference_date`, tenure is measured to the year's last day; without a year
    /// either, the rule cannot be applied and says so.
    @Test func tenureIsMeasuredToTheLastDayOfTheEvaluationYear() throws {
        let criteria = try Self.rubric(yearStart: "12-01")
        #expect(criteria.activists?.tenureReferenceDate == Self.day(2023, 12, 31))
        let withoutDate = try TestSupport.rubric {
            $0.replacingOccurrences(of: "year: 2023\n", with: "year: 2023\nyear_start: 12-01\n")
                .replacingOccurrences(of: "    tenure_reference_date: 2023-12-31\n", with: "")
        }
        #expect(withoutDate.activists?.tenureReferenceDate == Self.day(2023, 11, 30))
        let (_, found) = try Self.criteriaDiagnostics {
            $0.replacingOccurrences(of: "year: 2023\n", with: "").replacingOccurrences(of: "    tenure_reference_date: 2023-12-31\n", with: "")
        }
        #expect(found.map(\.code) == ["E-CRITERIA-MISSING"])
        #expect(found[0].message.contains("tenure_reference_date"))
    }

    /// K2 (三八节 in March, required) that no ledger row matches: every unit loses it, and the run says
    /// so once, at the indicator's `match`, telling a category mismatch from a window nobody used.
    @Test func aRequiredIndicatorThatNoRecordMatchesIsAWarning() throws {
        let criteria = try TestSupport.rubric()
        let culture = TestSupport.inputs(ledgers: [
            "A单位": "A单位,2023-03-08,女神节游园,文化活动,院级,\(TestSupport.ids("A", 1...5)),\n",
        ])
        let none = TestSupport.run(culture, criteria: criteria).diagnostics.filter { $0.code == "W-CRITERIA-UNMATCHED" }
        #expect(none.count == 1)
        #expect(none.first?.rawValue == "K2")
        #expect(none.first?.location.file == "rubric.yaml")
        #expect(none.first?.location.line == Self.line(of: "id: K2", in: try TestSupport.fixture("rubric.yaml")))
        #expect(none.first?.message == "指标 K2 三八节：本年度所有台账中没有一条记录符合“3月内 “三八节”类活动”，各单位此项都不得分。请核对 match 中的类别、级别、成果与台账的写法是否一致。")
        let april = TestSupport.inputs(ledgers: [
            "A单位": "A单位,2023-04-08,三八节补办,三八节,院级,\(TestSupport.ids("A", 1...5)),\n",
        ])
        let outside = TestSupport.run(april, criteria: criteria).diagnostics.filter { $0.code == "W-CRITERIA-UNMATCHED" }
        #expect(outside.map { $0.message.contains("有 1 条记录的类别、级别、成果符合，但日期都不在规定时间内") } == [true])
        let march = TestSupport.inputs(ledgers: [
            "B单位": "B单位,2023-03-08,三八节,三八节,院级,\(TestSupport.ids("B", 1...5)),\n",
        ])
        #expect(!TestSupport.run(march, criteria: criteria).diagnostics.contains { $0.code == "W-CRITERIA-UNMATCHED" })
    }

    /// K2 asking for two 三八节 events where the best unit held one: nobody gets it, which is said too.
    @Test func aRequiredCountNoUnitReachesIsAWarning() throws {
        let criteria = try TestSupport.rubric {
            $0.replacingOccurrences(of: "months: [3]}, deduction: 2}", with: "months: [3]}, deduction: 2, min_count: 2}")
        }
        let inputs = TestSupport.inputs(ledgers: [
            "A单位": "A单位,2023-03-08,三八节,三八节,院级,\(TestSupport.ids("A", 1...5)),\n",
            "B单位": "B单位,2023-03-08,三八节,三八节,院级,\(TestSupport.ids("B", 1...5)),\n",
        ])
        let found = TestSupport.run(inputs, criteria: criteria).diagnostics.filter { $0.code == "W-CRITERIA-UNMATCHED" }
        #expect(found.map(\.message) == [
            "指标 K2 三八节：没有一个单位达到要求（“3月内 “三八节”类活动”至少 2 次；最多的单位 1 次），各单位此项都不得分。请核对 match 的日期（months、from、to）和评选年度（year、year_start）是否仍指所要的时间。"
        ])
    }

    /// `progress` in a year from 12-01: an event of December and January is due until 31 January.
    @Test func progressFollowsTheYearsOrder() throws {
        let year = try #require(EvaluationYear(year: 2023, start: MonthDay(month: 12, day: 1)!))
        var winter = RecordMatch()
        winter.yearStart = year.start
        winter.months = [12, 1]
        let due = RequiredEventProgress(indicator: 0, match: winter, held: false, asOf: Self.day(2023, 1, 31), in: year)
        #expect(due.state == .due && due.window == "12月、1月")
        #expect(RequiredEventProgress(indicator: 0, match: winter, held: false, asOf: Self.day(2023, 2, 1), in: year).state == .missed)
        var semester = RecordMatch()
        semester.yearStart = year.start
        semester.from = MonthDay(month: 12, day: 20)
        semester.to = MonthDay(month: 1, day: 15)
        #expect(RequiredEventProgress(indicator: 0, match: semester, held: false, asOf: Self.day(2023, 1, 15), in: year).window == "12月20日至次年1月15日")
        #expect(RequiredEventProgress(indicator: 0, match: semester, held: false, asOf: Self.day(2023, 1, 16), in: year).state == .missed)
    }
}
