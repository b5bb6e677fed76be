/// The 计入指标 and 未计分原因 texts of the 计分依据 sheet. Records of the same kind share the same
/// credits, so each distinct credit list is put into words once, not once per record.
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
        var index: [ArraySlice<RecordCredit>: Int32] = [:]
        var texts: [Text] = []
        var textIndex: [Int32] = []
        textIndex.reserveCapacity(recordCredits.count)
        for credits in recordCredits {
            if let known = index[credits] {
                textIndex.append(known)
                continue
            }
            let position = Int32(texts.count)
            index[credits] = position
            texts.append(Self.words(for: credits, criteria: criteria))
            textIndex.append(position)
        }
        self.texts = texts
        self.textIndex = textIndex
    }

    func text(forRecord record: Int) -> Text { texts[Int(textIndex[record])] }

    private static func words(for credits: ArraySlice<RecordCredit>, criteria: Criteria) -> Text {
        let counted = credits.filter(\.counted)
        let countedText = counted.map { credit in
            let label = criteria.indicators[credit.indicator].label
            let note = credit.note.text(in: criteria)
            return credit.points.map { "\(label)（\($0) 分，\(note)）" } ?? "\(label)（\(note)）"
        }.joined(separator: "；")
        let reasons = credits.filter { !$0.counted }.map { "\(criteria.indicators[$0.indicator].label)：\($0.note.text(in: criteria))" }
        return Text(
            counted: countedText, points: counted.compactMap(\.points).reduce(Points.zero, +),
            reasons: credits.isEmpty ? "未匹配任何指标" : reasons.joined(separator: "；"))
    }
}
