/// 近三年获评汇总表 for the higher union: one row per honour over the two earlier years (from history)
/// and this year's final lists — people (序号, 姓名, 性别, 二级工会, 工会职务, 获评年度, 称号) and units
/// (序号, 单位名称, 获评年度, 称号). A year without results is said under the table, never left to look
/// like a year without honours.
public struct HonourSummaries {
    public static let fileName = "近三年获评汇总表.xlsx"

    let run: EvaluationRun
    let criteria: Criteria
    let context: RunContext

    public init(run: EvaluationRun, criteria: Criteria, context: RunContext) {
        self.run = run
        self.criteria = criteria
        self.context = context
    }

    var earlierYears: [Int] { criteria.year.map { Array(($0 - HonourHistory.summaryYears)..<$0) } ?? [] }

    /// A unit's place in unions.csv by name (earlier years name units that may be gone: they sort last).
    var unionOrder: [String: Int] {
        Dictionary(run.data.unions.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    var yearsText: String { HonourHistory.yearsText(earlierYears + (criteria.year.map { [$0] } ?? [])) }

    public func workbook() -> ReportWorkbook {
        var sheets: [ReportSheet] = []
        if let nomination = run.nomination { sheets.append(peopleSheet(nomination)) }
        sheets.append(unitsSheet())
        var workbook = ReportWorkbook(fileName: Self.fileName, title: "\(yearsText)获评汇总表", sheets: sheets)
        workbook.createdAt = context.asOf
        return workbook
    }

    struct PersonRow {
        var year: Int
        var staffID: String
        var name: String
        var union: String
        var title: String
        /// This year's place on the final list (by unit, then points); 0 for earlier years, listed by 工号.
        var order = 0
    }

    func peopleSheet(_ nomination: ActivistNomination) -> ReportSheet {
        let data = run.data
        var rows: [PersonRow] = []
        for year in earlierYears {
            for (staffID, honour) in run.history.years[year]?.honours ?? [:] {
                rows.append(PersonRow(year: year, staffID: staffID, name: honour.name, union: honour.union, title: honour.title))
            }
        }
        for (position, member) in nomination.nominees.enumerated() {
            let person = data.members[member]
            rows.append(
                PersonRow(
                    year: criteria.year ?? 0, staffID: person.staffID, name: person.name, union: data.unions[person.union].name,
                    title: nomination.rules.title, order: position))
        }
        // Who they are now (性别, 工会职务), from this year's roster, by staff ID.
        let wanted = Set(rows.map(\.staffID))
        var current: [String: Member] = [:]
        for person in data.members where wanted.contains(person.staffID) { current[person.staffID] = person }
        let unionOrder = self.unionOrder
        rows.sort {
            ($0.year, unionOrder[$0.union] ?? Int.max, $0.union, $0.order, $0.staffID) < ($1.year, unionOrder[$1.union] ?? Int.max, $1.union, $1.order, $1.staffID)
        }
        var sheet = ReportSheet(
            name: "先进个人汇总表", columns: ["序号", "姓名", "性别", "二级工会", "工会职务", "获评年度", "称号"], orientation: .portrait)
        sheet.title("\(yearsText)先进个人名单汇总表", context: context)
        sheet.rows = rows.enumerated().map { position, row in
            let person = current[row.staffID]
            return [
                .integer(position + 1), .text(row.name), .text(person?.gender ?? ""), .text(row.union),
                .text(person.map { $0.role ?? "会员" } ?? "（不在本年度名册）"), .text("\(row.year)年"), .text(row.title),
            ]
        }
        sheet.noteLines = ["二级工会为获评当年所在单位；性别、工会职务按本年度会员名册（同一工号视为同一人）。"] + missingNote(people: true)
        return sheet
    }

    func unitsSheet() -> ReportSheet {
        let data = run.data
        var rows: [(year: Int, union: String, title: String)] = []
        for year in earlierYears {
            for (union, result) in run.history.years[year]?.units ?? [:] {
                if result.awarded { rows.append((year, union, AwardDecisionDraft.unitTitle)) }
                if let title = result.title { rows.append((year, union, title)) }
            }
        }
        for union in run.ranking.order {
            let year = criteria.year ?? 0
            if run.ranking.standings[union].decision == .recommended { rows.append((year, data.unions[union].name, AwardDecisionDraft.unitTitle)) }
            if let title = run.grading.names(of: union, in: criteria)[.title] { rows.append((year, data.unions[union].name, title)) }
        }
        let unionOrder = self.unionOrder
        rows.sort { ($0.year, unionOrder[$0.union] ?? Int.max, $0.union, $0.title) < ($1.year, unionOrder[$1.union] ?? Int.max, $1.union, $1.title) }
        var sheet = ReportSheet(name: "先进集体汇总表", columns: ["序号", "单位名称", "获评年度", "称号"], orientation: .portrait)
        sheet.title("\(yearsText)先进基层工会（集体）名单汇总表", context: context)
        sheet.rows = rows.enumerated().map { [.integer($0.offset + 1), .text($0.element.union), .text("\($0.element.year)年"), .text($0.element.title)] }
        sheet.noteLines = missingNote(people: false)
        return sheet
    }

    /// The earlier years whose results are not at hand, said under the table.
    func missingNote(people: Bool) -> [String] {
        let missing = earlierYears.filter { year in
            guard let found = run.history.years[year] else { return true }
            return people && found.honours == nil
        }
        guard !missing.isEmpty else { return [] }
        return ["历史目录中没有 \(HonourHistory.yearsText(missing))的评选结果（results.json），这些年份未列入：空缺不代表当年无人获评。请用 --history 指定往年输出目录后重新生成。"]
    }
}
