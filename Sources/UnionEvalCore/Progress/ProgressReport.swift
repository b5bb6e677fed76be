/// `unioneval progress`: where each unit stands part way through the year, from the ledgers handed in
/// so far, scored by the same criteria as in December. A printable sheet per unit to send back to it:
/// points so far per indicator (participation rates included), the required events held, still due
/// with their months, and already missed, and the problems found in what it handed in.
public struct ProgressReport: Sendable {
    let run: EvaluationRun
    let criteria: Criteria
    let asOf: CalendarDate
    /// Per unit, records dated after `asOf` that were set aside.
    let setAside: [Int]
    let context: RunContext
    /// Per unit, the problems found in its own ledgers.
    let problems: [[Diagnostic]]

    public init(run: EvaluationRun, criteria: Criteria, asOf: CalendarDate, setAside: [Int], context: RunContext) {
        self.run = run
        self.criteria = criteria
        self.asOf = asOf
        self.setAside = setAside
        self.context = context
        problems = Self.problemsByUnit(run)
    }

    /// Each unit's ledger problems, from one pass over the records: a file may hold several units
    /// (a 二级工会 column), and its problems go to each of them.
    static func problemsByUnit(_ run: EvaluationRun) -> [[Diagnostic]] {
        let data = run.data
        var unitsOfFile: [Int: Set<Int>] = [:]
        for record in data.records { unitsOfFile[record.file, default: []].insert(record.union) }
        for row in data.rejectedLedgerRows {
            if let union = row.union { unitsOfFile[row.file, default: []].insert(union) }
        }
        var unitsOfPath: [String: Set<Int>] = [:]
        for (file, units) in unitsOfFile { unitsOfPath[data.files[file].file, default: []].formUnion(units) }
        var problems = [[Diagnostic]](repeating: [], count: data.unions.count)
        for diagnostic in run.diagnostics {
            for union in unitsOfPath[diagnostic.location.file, default: []].sorted() { problems[union].append(diagnostic) }
        }
        return problems
    }

    public var fileName: String { "台账进度（截至\(asOf)）.xlsx" }

    var yearText: String { criteria.year.map { "\($0)年度" } ?? "" }

    /// The unit's required events at `asOf`, in criteria order.
    public func requiredEvents(of union: Int) -> [RequiredEventProgress] {
        guard let year = criteria.evaluationYear ?? EvaluationYear.containing(asOf, start: criteria.yearStart) else { return [] }
        return criteria.requiredEvents(for: run.data.unions[union].group).compactMap { index in
            guard let match = criteria.indicators[index].rule.requiredEventMatch else { return nil }
            let held = run.evaluation.units[union].indicators[index].points >= criteria.indicators[index].maximum
            return RequiredEventProgress(indicator: index, match: match, held: held, asOf: asOf, in: year)
        }
    }

    public func workbook() -> ReportWorkbook {
        var workbook = ReportWorkbook(
            fileName: fileName, title: "\(yearText)台账进度（截至 \(asOf)）", sheets: run.data.unions.indices.map(sheet(for:)))
        workbook.createdAt = asOf.daysSinceEpoch * 86_400
        return workbook
    }

    func sheet(for union: Int) -> ReportSheet {
        let unit = run.evaluation.units[union]
        let name = run.data.unions[union].name
        var sheet = ReportSheet(name: name, columns: ["一级指标", "二级指标", "满分", "目前得分", "依据（截至目前）"], orientation: .portrait)
        sheet.title("\(name)\(yearText)台账进度（截至 \(asOf)）", context: context)
        sheet.rows = criteria.indicators.indices.map { index in
            criteria.scoreCells(indicator: index, points: unit.indicators[index].points) + [.text(unit.indicators[index].measured)]
        }
        sheet.rows.append([.text("合计"), .empty, .empty, .points(unit.total), .text("含校工会已登记的加分、扣分")])
        let events = requiredEvents(of: union)
        if !events.isEmpty {
            sheet.sections.append(
                ReportSheet.Section(
                    heading: "必办活动", columns: ["一级指标", "二级指标", "满分", "目前得分", "情况"],
                    rows: events.map { event in
                        criteria.scoreCells(indicator: event.indicator, points: unit.indicators[event.indicator].points) + [.text(event.stateText)]
                    }))
        }
        let problems = problems[union]
        if !problems.isEmpty {
            sheet.sections.append(
                ReportSheet.Section(
                    // Columns placed under the indicator table's of like width: the message under 二级指标,
                    // the location, the longest, under 依据.
                    heading: "台账中的问题（请改正后再交）", columns: ["严重程度", "问题", "原值", "代码", "位置"],
                    rows: problems.map { problem in
                        [
                            .text(problem.severity.chineseLabel), .text(problem.message), .text(problem.rawValue ?? ""),
                            .text(problem.code), .text(problem.location.address),
                        ]
                    }))
        }
        var notes = ["目前得分只按截至 \(asOf) 的台账计算，年终评选以全年台账为准；评审打分等年终才有的项目目前按 0 分计。"]
        if setAside[union] > 0 { notes.append("台账中另有 \(setAside[union]) 条记录的日期在 \(asOf) 之后，未计入本表。") }
        sheet.noteLines = notes
        return sheet
    }

    /// A line per unit for the terminal: points so far, required events held, due and missed, problems.
    public func summaryLines() -> [String] {
        run.data.unions.indices.map { union in
            let events = requiredEvents(of: union)
            func listed(_ state: RequiredEventProgress.State) -> String {
                let chosen = events.filter { $0.state == state }
                guard !chosen.isEmpty, state != .held else { return "\(chosen.count) 项" }
                return "\(chosen.count) 项（" + chosen.map { "\(criteria.indicators[$0.indicator].label)：\($0.window)" }.joined(separator: "；") + "）"
            }
            let problems = problems[union]
            let errors = problems.count { $0.severity == .error }
            let later = setAside[union] > 0 ? "；另有 \(setAside[union]) 条记录日期在 \(asOf) 之后，未计入" : ""
            return "\(run.data.unions[union].name)：目前 \(run.evaluation.units[union].total) 分；必办活动已完成 \(listed(.held))，待开展 \(listed(.due))，已错过 \(listed(.missed))；台账问题 \(problems.count) 个（错误 \(errors) 个）\(later)。"
        }
    }
}

extension ProgressReport {
    /// Writes the workbook and returns its path.
    public func write(to outputs: some ReportOutputs) throws -> String {
        do {
            let path = try outputs.write(workbook(), preparesRowsAhead: false)
            try outputs.commit()
            return path
        } catch {
            outputs.discard()
            throw error
        }
    }
}
