/// 排名说明: the texts behind 排名汇总's one line per unit — why a unit was vetoed, the office's points
/// and their reasons, the smallest change that would turn its result, and its remarks — a row per note,
/// units in rank order, so that the
/// ranking prints on one page and every reason is still written out beside the unit it concerns.
extension EvaluationReport {
    /// A note on one unit: what it is about (事项) and the text.
    struct RankingNote: Sendable {
        var topic: String
        var text: String
    }

    /// Every unit's notes, by unit index.
    func unitNotes() -> [[RankingNote]] {
        let units = evaluation.units
        let standings = ranking.standings
        return data.unions.indices.map { union in
            var notes: [RankingNote] = []
            if units[union].isVetoed {
                notes += units[union].vetoReasons.map { RankingNote(topic: "否决原因", text: $0) }
            }
            // The office's points, each with its reason: a number on the ranking is never left unexplained.
            for entry in data.adjustments where entry.union == union && (entry.kind == .bonus || entry.kind == .deduction) {
                notes.append(RankingNote(topic: "校工会\(entry.kind.rawValue)", text: "\(entry.points) 分：\(entry.reason)"))
            }
            if !margins.isEmpty, let flip = margins[union].smallestFlip, !flip.isEmpty {
                notes.append(RankingNote(topic: "改变结果的最小单项变化", text: flip))
            }
            var remarks: [String] = []
            if data.unionsWithoutLedger.contains(union) { remarks.append("未提交台账") }
            remarks += data.zeroedItems(of: union, criteria: criteria)
            if standings[union].decision != .vetoed && !standings[union].remark.isEmpty { remarks.append(standings[union].remark) }
            // On each list, why not the entry just above the one given.
            for result in grading.scales { if let reason = result.units[union].shortOf.last { remarks.append("未获\(reason)") } }
            if data.hasErrors(in: union, diagnostics: diagnostics) { remarks.append("台账有数据错误，见“数据问题”") }
            notes += remarks.map { RankingNote(topic: "备注", text: $0) }
            return notes
        }
    }

    func rankingNotesSheet() -> ReportSheet {
        typealias Row = (union: Int, note: RankingNote)
        var table = ReportTable<Row>()
        addRankAndUnit(to: &table) { $0.union }
        table.column("事项") { .text($0.note.topic) }
        table.column("说明") { .text($0.note.text) }
        let notes = rankingNotes
        let rows: [Row] = ranking.order.flatMap { union in notes[union].map { (union, $0) } }
        var sheet = ReportSheet(name: "排名说明", columns: table.headers, rows: table.cells(for: rows), orientation: .portrait)
        sheet.title("\(criteria.title)排名说明", context: context)
        sheet.repeatedColumns = 2
        if rows.isEmpty { sheet.noteLines = ["本年度没有需要说明的单位。"] }
        return sheet
    }
}
