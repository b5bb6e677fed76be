/// Builds the 工会工作积极分子推荐名单 workbook model.
public struct ActivistReport: Sendable {
    public static let fileName = "工会工作积极分子推荐名单.xlsx"

    let data: YearData
    let criteria: Criteria
    let nomination: ActivistNomination
    let diagnostics: [Diagnostic]
    let context: RunContext

    public init(data: YearData, criteria: Criteria, nomination: ActivistNomination, diagnostics: [Diagnostic], context: RunContext) {
        self.data = data
        self.criteria = criteria
        self.nomination = nomination
        self.diagnostics = diagnostics
        self.context = context
    }

    var yearText: String { criteria.year.map { "\($0)年度" } ?? "" }

    public func workbook() -> ReportWorkbook {
        var workbook = ReportWorkbook(
            fileName: Self.fileName, title: "\(yearText)\(nomination.rules.title)推荐名单",
            sheets: [
                nomineeSheet(), quotaSheet(), candidateSheet(), publicNoticeSheet(), recentHonoursSheet(),
                InputAccountingSheet.make(
                    data: data, criteria: criteria, diagnostics: diagnostics, context: context,
                    title: "\(yearText)\(nomination.rules.title)推荐", notes: [("计分说明", pointsRuleText)]),
            ])
        workbook.createdAt = context.asOf
        return workbook
    }

    func awardsText(_ score: PersonScore) -> String {
        score.awards.map { "\(criteria.levelName($0.level))\($0.activity)\(criteria.outcomes[$0.outcome])" }.joined(separator: "；")
    }

    var pointsRuleText: String { nomination.rules.pointsDescription }

    func nomineeSheet() -> ReportSheet {
        var table = ReportTable<(position: Int, member: Int)>()
        let report = self
        table.column("序号") { .integer($0.position + 1) }
        table.column("二级工会") { .text(report.data.unions[report.data.members[$0.member].union].name) }
        table.column("工号") { .text(report.data.members[$0.member].staffID) }
        table.column("姓名") { .text(report.data.members[$0.member].name) }
        table.column("性别") { .text(report.data.members[$0.member].gender ?? "") }
        table.column("工会职务") { .text(report.data.members[$0.member].role ?? "") }
        table.column("得分") { .points(report.nomination.scores[$0.member].points) }
        table.column("组织次数") { .integer(report.nomination.scores[$0.member].organized) }
        table.column("参与次数") { .integer(report.nomination.scores[$0.member].participated) }
        table.column("获奖") { .text(report.awardsText(report.nomination.scores[$0.member])) }
        table.column("推荐理由") {
            .text(NominationReason.text(for: report.nomination.scores[$0.member], data: report.data, criteria: report.criteria))
        }
        if !data.ballots.isEmpty {
            let ballots = BallotStep.ballots(data)
            table.column("赞成票") { row in ballots[row.member].map { .integer($0.approve) } ?? .text("未投票") }
            if let present = data.voters?.present {
                table.column("得票率") { row in
                    ballots[row.member].map { .text("\(Points(roundingTenths: $0.approve * 1000, over: max(present, 1)))%") } ?? .empty
                }
            }
        }
        if !nomination.notes.isEmpty {
            table.column("名单调整") { .text((report.nomination.notes[$0.member] ?? []).joined(separator: "；")) }
        }
        let rows = nomination.nominees.enumerated().map { (position: $0.offset, member: $0.element) }
        var sheet = ReportSheet(name: "推荐名单", columns: table.headers, rows: table.cells(for: rows))
        sheet.title("\(yearText)\(nomination.rules.title)推荐名单", context: context)
        sheet.noteLines = nomination.statements
        sheet.repeatedColumns = 4
        return sheet
    }

    func quotaSheet() -> ReportSheet {
        var table = ReportTable<UnitQuota>()
        let minimum = nomination.rules.quota.minimum
        table.column("二级工会") { .text(data.unions[$0.union].name) }
        table.column(nomination.rules.quota.base.chineseName) { .integer($0.members) }
        table.column("比例") { .text("\(Points(tenths: $0.permille))%") }
        table.column("取整方式") { .text("\($0.rounding.chineseName)，最少 \(minimum) 名") }
        table.column("基本名额") { .integer($0.base) }
        table.column("增加名额") { .integer($0.extra) }
        table.column("增加原因") { .text($0.extraReason) }
        table.column("总量调减") { .integer($0.reducedByCap) }
        table.column("名额") { .integer($0.quota) }
        table.column("已推荐") { .integer($0.nominated) }
        table.column("未用名额") { .integer($0.unused) }
        table.column("并列待定") { .integer($0.tied) }
        table.column("取消名额原因") { .text($0.revokedReasons.joined(separator: "；")) }
        var sheet = ReportSheet(name: "名额分配", columns: table.headers, rows: table.cells(for: nomination.quotas))
        sheet.title("\(yearText)\(nomination.rules.title)名额分配表", context: context)
        sheet.noteLines = compositionLines
        sheet.repeatedColumns = 1
        return sheet
    }

    /// The composition limits under 名额分配: each limit in full, then how it came out on each list (a
    /// unit's list only when something happened there), what was not met and why.
    var compositionLines: [String] {
        guard !nomination.limits.isEmpty else { return [] }
        var lines = ["比例限制（按顺序执行；替换情况见“候选人明细”的“名单调整”列）："]
        for limit in nomination.rules.composition {
            let outcomes = nomination.limits.filter { $0.limit == limit }
            lines.append("· \(limit.description)")
            let shown = limit.scope == .school ? outcomes : outcomes.filter { !$0.isMet || !$0.swaps.isEmpty }
            lines += shown.map { "  " + $0.summary(unionName: $0.union.map { data.unions[$0].name }) }
            if limit.scope == .unit && shown.isEmpty { lines.append("  各单位名单均已满足，无需调整") }
        }
        return lines
    }

    func candidateSheet() -> ReportSheet {
        var table = ReportTable<Int>()
        let report = self
        table.column("二级工会") { .text(report.data.unions[report.data.members[$0].union].name) }
        table.column("工号") { .text(report.data.members[$0].staffID) }
        table.column("姓名") { .text(report.data.members[$0].name) }
        table.column("会员") { .text(report.data.members[$0].isMember ? "是" : "否") }
        table.column("工会职务") { .text(report.data.members[$0].role ?? "") }
        // The roster columns the rules read (行政职务, 性别 …): who counts where can be checked here.
        for column in nomination.rules.rosterColumns where column != "工会职务" {
            let values = data.rosterValues[column] ?? []
            table.column(column) { .text(values.indices.contains($0) ? values[$0] : "") }
        }
        table.column("得分") { .points(report.nomination.scores[$0].points) }
        table.column("组织次数") { .integer(report.nomination.scores[$0].organized) }
        table.column("参与次数") { .integer(report.nomination.scores[$0].participated) }
        table.column("获奖") { .text(report.awardsText(report.nomination.scores[$0])) }
        table.column("结果") { .text(report.nomination.decisions[$0].chineseLabel) }
        table.column("未推荐原因") { .text(report.nomination.decisions[$0].reasonText) }
        if !nomination.notes.isEmpty {
            table.column("名单调整") { .text((report.nomination.notes[$0] ?? []).joined(separator: "；")) }
        }
        var sheet = ReportSheet(name: "候选人明细", columns: table.headers)
        sheet.title("\(yearText)\(nomination.rules.title)候选人得分明细", context: context)
        sheet.repeatedColumns = 3
        let members = data.members.indices.sorted { lhs, rhs in
            let a = data.members[lhs]
            let b = data.members[rhs]
            if a.union != b.union { return a.union < b.union }
            if nomination.scores[lhs].points != nomination.scores[rhs].points {
                return nomination.scores[lhs].points > nomination.scores[rhs].points
            }
            return lhs < rhs
        }
        let honours = nomination.honours
        if !honours.missing.isEmpty {
            sheet.noteLines = [
                "未核对 \(HonourHistory.yearsText(honours.missing))是否已获评\(nomination.rules.title)（历史目录中没有该年含推荐名单的评选结果），不当作未获评；补上该年结果后重新运行。"
            ]
        }
        // One row per roster member: made while the sheet is written, as a large roster has 100,000 of them.
        let columns = table
        sheet.generatedRows = ReportSheet.GeneratedRows(count: members.count) { columns.cells(of: members[$0]) }
        return sheet
    }

    /// 近三年获评名单, the higher union's summary: everyone on the final list of this year or the two
    /// before, by staff ID, with their unit now and the title of each year; a year without results says so.
    func recentHonoursSheet() -> ReportSheet {
        struct Person {
            var staffID: String
            var name: String
            var member: Int?
            var titles: [Int: String]
        }
        let recent = nomination.recentHonours
        let thisYear = criteria.year
        var people: [String: Person] = [:]
        for (staffID, awards) in recent.awards {
            let latest = awards.last!.honour
            people[staffID] = Person(
                staffID: staffID, name: latest.name, member: nil,
                titles: Dictionary(awards.map { ($0.year, $0.honour.title) }, uniquingKeysWith: { first, _ in first }))
        }
        for member in nomination.nominees {
            let person = data.members[member]
            people[person.staffID, default: Person(staffID: person.staffID, name: person.name, member: nil, titles: [:])]
                .titles[thisYear ?? 0] = nomination.rules.title
        }
        // Who they are now, by one pass over the roster (no index of a large roster's staff IDs is kept).
        for member in data.members.indices where people[data.members[member].staffID]?.member == nil {
            guard var person = people[data.members[member].staffID] else { continue }
            person.member = member
            person.name = data.members[member].name
            people[person.staffID] = person
        }
        let rows = people.values.sorted { lhs, rhs in
            let left = (lhs.member.map { data.members[$0].union } ?? Int.max, lhs.staffID)
            let right = (rhs.member.map { data.members[$0].union } ?? Int.max, rhs.staffID)
            return left < right
        }
        let years = recent.years + (thisYear.map { [$0] } ?? [])
        var table = ReportTable<(position: Int, person: Person)>()
        let report = self
        table.column("序号") { .integer($0.position + 1) }
        table.column("工号") { .text($0.person.staffID) }
        table.column("姓名") { .text($0.person.name) }
        table.column("现二级工会") { row in .text(row.person.member.map { report.data.unions[report.data.members[$0].union].name } ?? "（不在本年度名册）") }
        for year in years {
            let header = recent.missing.contains(year) ? "\(year)年（缺少结果）" : "\(year)年"
            table.column(header) { .text($0.person.titles[year] ?? "") }
        }
        table.column("获评次数") { .integer($0.person.titles.count) }
        var sheet = ReportSheet(name: "近三年获评名单", columns: table.headers, orientation: .portrait)
        // Made while the sheet is written: a large school lists thousands of people here.
        let columns = table
        sheet.generatedRows = ReportSheet.GeneratedRows(count: rows.count) { columns.cells(of: (position: $0, person: rows[$0])) }
        sheet.title("\(HonourHistory.yearsText(years))\(nomination.rules.title)获评名单汇总表", context: context)
        sheet.repeatedColumns = 3
        var notes = ["同一工号视为同一人（不论当年在哪个单位）；本年度为本次推荐名单。"]
        if !recent.missing.isEmpty {
            notes.append("历史目录中没有 \(HonourHistory.yearsText(recent.missing))含推荐名单的评选结果：该年一列空白不代表未获评。")
        }
        sheet.noteLines = notes
        return sheet
    }

    /// Names a row of the public list holds.
    static let namesPerNoticeRow = 5

    /// The public list: unit and names only, units in unions.csv order with their nominees in roster
    /// order, a name to a cell (never broken across lines) and five to a row, so that the notice for a
    /// whole school is one page on the board.
    func publicNoticeSheet() -> ReportSheet {
        let rules = nomination.rules
        let perRow = Self.namesPerNoticeRow
        var sheet = ReportSheet(
            name: "公示名单", columns: ["序号", "二级工会", "人数", "姓名"] + Array(repeating: "", count: perRow - 1),
            orientation: .portrait, titleLines: ["\(yearText)\(rules.title)拟推荐名单公示"])
        sheet.pageLimit = 1
        let nominated = nomination.nominees.sorted { lhs, rhs in
            (data.members[lhs].union, lhs) < (data.members[rhs].union, rhs)
        }
        let refilled = { (member: Int) in nomination.notes[member]?.contains { $0.hasSuffix("须另行公示）") } ?? false }
        var byUnit: [(union: Int, names: [String])] = []
        for member in nominated {
            let person = data.members[member]
            let name = person.name + (refilled(member) ? "（递补）" : "")
            if byUnit.last?.union == person.union { byUnit[byUnit.count - 1].names.append(name) } else { byUnit.append((person.union, [name])) }
        }
        for (position, entry) in byUnit.enumerated() {
            for start in stride(from: 0, to: entry.names.count, by: perRow) {
                let names = entry.names[start..<min(start + perRow, entry.names.count)].map(ReportCell.text)
                // Blank cells keep the borders of a unit's further rows.
                let lead: [ReportCell] = start == 0
                    ? [.integer(position + 1), .text(data.unions[entry.union].name), .integer(entry.names.count)]
                    : [.text(""), .text(""), .text("")]
                sheet.rows.append(lead + names + Array(repeating: .text(""), count: perRow - names.count))
            }
        }
        var notes = rules.publicity.noteLines(announcing: "经各二级工会推荐、校工会审核，现将以上 \(nominated.count) 名同志予以公示。")
        let tied = nomination.quotas.reduce(0) { $0 + $1.tied }
        if tied > 0 { notes.insert("另有 \(tied) 人并列待定，由所在单位确定后另行公示。", at: 1) }
        if nominated.contains(where: refilled) {
            notes.insert("标“（递补）”者为公示后递补的人选。", at: 1)
        }
        sheet.noteLines = notes
        return sheet
    }
}
