/// The 计入指标 and 未计分原因 texts of the 计分依据 sheet: each distinct credit list is put into words
/// once, not once per record.
struct CreditTexts: Sendable {
    struct Text: Sendable {
        var counted: String
        var points: Points
        var reasons: String
    }

    private let texts: [Text]
    /// Per record, its entry in `texts`.
    private let textIndex: [Int32]

    init(_ recordCredits: RecordCredits, criteria: Criteria) {
        texts = recordCredits.patterns.map { Self.words(for: $0, criteria: criteria) }
        textIndex = recordCredits.patternOfRecord
    }

    func text(forRecord record: Int) -> Text { texts[Int(textIndex[record])] }

    private static func words(for credits: [RecordCredit], criteria: Criteria) -> Text {
        let counted = credits.filter(\.counted)
        let countedText = counted.map { credit in
            let label = criteria.indicators[credit.indicator].label
            let note = credit.note.text(in: criteria, indicator: credit.indicator)
            return credit.points.map { "\(label)（\($0) 分，\(note)）" } ?? "\(label)（\(note)）"
        }.joined(separator: "；")
        let reasons = credits.filter { !$0.counted }.map { "\(criteria.indicators[$0.indicator].label)：\($0.note.text(in: criteria, indicator: $0.indicator))" }
        return Text(
            counted: countedText, points: counted.compactMap(\.points).reduce(Points.zero, +),
            reasons: credits.isEmpty ? "未匹配任何指标" : reasons.joined(separator: "；"))
    }
}
