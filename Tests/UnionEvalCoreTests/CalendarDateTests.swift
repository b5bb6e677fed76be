import Testing
@testable import UnionEvalCore

@Suite struct CalendarDateTests {
    @Test(arguments: ["2023-03-08", "2023/3/8", "2023.3.8", "2023年3月8日", " 2023-3-8 ", "44993"])
    func acceptedFormats(_ text: String) throws {
        let date = try CalendarDate.parse(text).get()
        #expect(date == CalendarDate(year: 2023, month: 3, day: 8))
    }

    @Test func impossibleDatesAreDistinguishedFromGarbage() {
        guard case .failure(.impossible) = CalendarDate.parse("2023-02-30") else {
            Issue.record("2023-02-30 should be impossible")
            return
        }
        guard case .failure(.unrecognised) = CalendarDate.parse("三月八日") else {
            Issue.record("三月八日 should be unrecognised")
            return
        }
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
    }
}
