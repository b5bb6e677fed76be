/// 变化对照.xlsx: a `RunComparison` as the office reads it at the meeting — units first, then the
/// indicators that moved with their causes, the ledger rows behind them, the people, the rubric and the
/// input files, and 说明 with the two runs compared.
public struct ComparisonReport: Sendable {
    public static let fileName = "变化对照.xlsx"

    public var comparison: RunComparison
    /// When the comparison was made, as the other workbooks state it (`--as-of` gives a fixed one).
    public var madeAt: String
    public var asOf: Int?

    public init(_ comparison: RunComparison, madeAt: String, asOf: Int? = nil) {
        self.comparison = comparison
        self.madeAt = madeAt
        self.asOf = asOf
    }

    public func workbook() -> ReportWorkbook {
        // A changed rubric is said first: it explains changes before any unit's data does.
        var sheets = comparison.definitionChanges.isEmpty ? [] : [criteriaSheet()]
        sheets += [unitSheet(), indicatorSheet(), ledgerSheet(), peopleSheet(), inputSheet(), aboutSheet()]
        var workbook = ReportWorkbook(fileName: Self.fileName, title: "变化对照", sheets: sheets)
        workbook.createdAt = asOf
        return workbook
    }

    /// Under every title and in every page's footer: the two runs compared, short enough for the footer
    /// (when each was made, and when the comparison was, are on 说明).
    var caption: String {
        "上次：\(comparison.old.folder)　本次：\(comparison.new.folder)"
    }

    private func sheet(_ name: String, title: String, headers: [String], rows: [[ReportCell]], emptyText: String) -> ReportSheet {
        let rows = rows.isEmpty ? [[.text(emptyText)] + Array(repeating: ReportCell.text(""), count: headers.count - 1)] : rows
        // One page wide, as the other workbooks' tables: a comparison is read across.
        return ReportSheet(name: name, columns: headers, rows: rows, titleLines: [title, caption])
    }

    // A blank is an empty text, which keeps its cell's border in print.
    private static func points(_ value: Points?) -> ReportCell { value.map { .points($0) } ?? .text("") }
    private static func text(_ value: String?) -> ReportCell { .text(value ?? "") }

    func unitSheet() -> ReportSheet {
        var table = ReportTable<RunComparison.UnitChange>()
        table.column("单位") { .text($0.unit) }
        table.column("上次名次") { $0.old.map { .integer($0.rank) } ?? .text("未参评") }
        table.column("本次名次") { $0.new.map { .integer($0.rank) } ?? .text("未参评") }
        table.column("名次变化") { change in
            guard let before = change.old?.rank, let after = change.new?.rank else { return .text(change.old == nil ? "新增单位" : "本次无此单位") }
            return .text(before == after ? "不变" : (after < before ? "上升 \(before - after)" : "下降 \(after - before)"))
        }
        table.column("上次总分") { Self.points($0.old?.total) }
        table.column("本次总分") { Self.points($0.new?.total) }
        table.column("总分变化") { .points($0.totalChange) }
        for (index, dimension) in comparison.dimensionNames.enumerated() {
            table.column("\(dimension)变化") { .points($0.dimensionChanges[index]) }
        }
        table.column("加分变化") { .points($0.bonusChange) }
        table.column("扣分变化") { .points($0.deductionChange) }
        // Only a rubric that weights its dimensions or scales groups moves the total otherwise.
        if comparison.units.contains(where: { $0.weightingChange != .zero }) {
            table.column("加权折算变化") { .points($0.weightingChange) }
        }
        table.column("上次结果") { Self.text($0.old.map { $0.decision.comparisonLabel }) }
        table.column("本次结果") { Self.text($0.new.map { $0.decision.comparisonLabel }) }
        if comparison.units.contains(where: { $0.old?.grade != nil || $0.new?.grade != nil || $0.old?.title != nil || $0.new?.title != nil }) {
            table.column("上次等次/称号") { change in .text([change.old?.grade, change.old?.title].compactMap { $0 }.joined(separator: "、")) }
            table.column("本次等次/称号") { change in .text([change.new?.grade, change.new?.title].compactMap { $0 }.joined(separator: "、")) }
        }
        table.column("主要变化") { .text($0.mainCauses) }
        var sheet = sheet(
            "单位变化", title: "单位变化（按总分变化大小排列）", headers: table.headers, rows: table.cells(for: comparison.units),
            emptyText: "两次运行都没有单位")
        sheet.noteLines = [
            "总分变化 = 各维度变化之和 + 加分变化 − 扣分变化"
                + (table.headers.contains("加权折算变化") ? " + 加权折算变化（评分标准按权重合成或分组折算总分）。" : "。")
        ]
        sheet.columnsFitText = true
        sheet.lastColumnFillsPage = true
        // Narrow enough for one landscape page: long unit names and the dimensions' headers wrap.
        for (column, header) in table.headers.enumerated() {
            if header == "单位" { sheet.columnLimits[column] = 24 }
            if comparison.dimensionNames.contains(where: { header == "\($0)变化" }) { sheet.columnLimits[column] = 5 }
            if header.hasSuffix("结果") || header.hasSuffix("等次/称号") { sheet.columnLimits[column] = 11 }
        }
        return sheet
    }

    /// A line of 指标变化: one cause of one indicator's change; the first line of each carries the points.
    struct IndicatorLine: Sendable {
        var change: RunComparison.IndicatorChange
        var cause: RunComparison.Cause?
        var isFirst: Bool
    }

    func indicatorSheet() -> ReportSheet {
        var table = ReportTable<IndicatorLine>()
        table.column("单位") { .text($0.change.unit) }
        table.column("指标") { .text($0.change.indicator) }
        table.column("上次得分") { $0.isFirst ? Self.points($0.change.old) : .text("") }
        table.column("本次得分") { $0.isFirst ? Self.points($0.change.new) : .text("") }
        table.column("变化") { $0.isFirst ? .points($0.change.change) : .text("") }
        table.column("原因类别") { Self.text($0.cause?.kind) }
        table.column("本项分值") { Self.points($0.cause?.points) }
        table.column("上次位置") { Self.text($0.cause?.oldPlace) }
        table.column("本次位置") { Self.text($0.cause?.newPlace) }
        table.column("原因") { Self.text($0.cause?.text) }
        let lines = comparison.indicators.flatMap { change in
            change.causes.isEmpty
                ? [IndicatorLine(change: change, cause: nil, isFirst: true)]
                : change.causes.enumerated().map { IndicatorLine(change: change, cause: $1, isFirst: $0 == 0) }
        }
        var sheet = sheet(
            "指标变化", title: "指标变化及原因", headers: table.headers, rows: table.cells(for: lines), emptyText: "没有指标得分变化")
        sheet.columnsFitText = true
        sheet.lastColumnFillsPage = true
        // The reasons take the room; long names and places wrap.
        for (column, header) in table.headers.enumerated() where ["单位", "指标", "上次位置", "本次位置"].contains(header) {
            sheet.columnLimits[column] = 16
        }
        return sheet
    }

    func ledgerSheet() -> ReportSheet {
        var table = ReportTable<RunComparison.LedgerChange>()
        table.column("单位") { .text($0.unit) }
        table.column("变化") { .text($0.change.kind.rawValue) }
        table.column("日期") { .text(($0.change.new ?? $0.change.old)!.date) }
        table.column("活动名称") { .text(($0.change.new ?? $0.change.old)!.name) }
        table.column("类别") { .text(($0.change.new ?? $0.change.old)!.category) }
        table.column("上次位置") { Self.text($0.change.old?.place) }
        table.column("本次位置") { Self.text($0.change.new?.place) }
        table.column("说明") { .text($0.change.detail) }
        table.column("对得分的影响") { .text($0.effects) }
        let empty = comparison.acrossYears
            ? "不同年度的台账不逐条对照" : (comparison.old.ledger == nil || comparison.new.ledger == nil
                ? "缺少逐条记录（见“说明”），无法对照台账" : "台账记录没有变化")
        var sheet = sheet("台账变化", title: "台账记录变化", headers: table.headers, rows: table.cells(for: comparison.ledger), emptyText: empty)
        sheet.columnsFitText = true
        sheet.lastColumnFillsPage = true
        for (column, header) in table.headers.enumerated() where ["单位", "活动名称", "上次位置", "本次位置", "说明"].contains(header) {
            sheet.columnLimits[column] = header == "说明" ? 24 : 16
        }
        return sheet
    }

    func peopleSheet() -> ReportSheet {
        var table = ReportTable<RunComparison.PersonChange>()
        table.column("单位") { .text($0.unit) }
        table.column("工号") { .text($0.staffID) }
        table.column("姓名") { .text($0.name) }
        table.column("变化") { .text($0.change) }
        table.column("上次得分") { Self.points($0.oldPoints) }
        table.column("本次得分") { Self.points($0.newPoints) }
        table.column("上次结果") { .text($0.oldDecision) }
        table.column("本次结果") { .text($0.newDecision) }
        table.column("原因") { .text($0.reason) }
        let empty = comparison.old.document.nominations == nil && comparison.new.document.nominations == nil
            ? "两次运行都没有积极分子推荐" : "推荐名单没有变化"
        var sheet = sheet("人员变化", title: "积极分子推荐名单变化", headers: table.headers, rows: table.cells(for: comparison.people), emptyText: empty)
        sheet.lastColumnFillsPage = true
        return sheet
    }

    func criteriaSheet() -> ReportSheet {
        var table = ReportTable<RunComparison.DefinitionChange>()
        table.column("指标") { .text($0.indicator) }
        table.column("变化") { .text($0.change) }
        table.column("上次定义") { .text($0.old) }
        table.column("本次定义") { .text($0.new) }
        return sheet(
            "评分标准变化", title: "评分标准变化（\(comparison.old.document.criteriaFile) → \(comparison.new.document.criteriaFile)）",
            headers: table.headers, rows: table.cells(for: comparison.definitionChanges), emptyText: "")
    }

    func inputSheet() -> ReportSheet {
        var table = ReportTable<RunComparison.InputChange>()
        table.column("文件") { .text($0.file) }
        table.column("用途") { .text($0.role) }
        table.column("变化") { .text($0.change) }
        table.column("上次读取行数") { $0.oldRows.map { .integer($0) } ?? .text("") }
        table.column("本次读取行数") { $0.newRows.map { .integer($0) } ?? .text("") }
        // The first 16 digits tell files apart on paper; results.json and 说明 have the whole fingerprint.
        table.column("上次 SHA-256（前 16 位）") { .text(String($0.oldSHA256.prefix(16))) }
        table.column("本次 SHA-256（前 16 位）") { .text(String($0.newSHA256.prefix(16))) }
        let changed = comparison.inputs.filter { $0.change != "未变" }
        let unchanged = comparison.inputs.count - changed.count
        var sheet = sheet(
            "输入变化", title: "输入文件变化", headers: table.headers, rows: table.cells(for: changed),
            emptyText: "输入文件没有变化")
        if unchanged > 0 { sheet.noteLines = ["其余 \(unchanged) 个输入文件两次相同（SHA-256 一致），未列出。"] }
        return sheet
    }

    func aboutSheet() -> ReportSheet {
        let old = comparison.old
        let new = comparison.new
        var lines: [(String, String)] = [
            ("对照", comparison.summary),
            ("对照时间", madeAt),
            ("上次运行", "\(old.folder)：\(old.document.title)，生成于 \(old.document.generatedAt)"),
            ("上次评分标准", "\(old.document.criteriaFile)（SHA-256 \(old.document.criteriaSHA256)）"),
            ("本次运行", "\(new.folder)：\(new.document.title)，生成于 \(new.document.generatedAt)"),
            ("本次评分标准", "\(new.document.criteriaFile)（SHA-256 \(new.document.criteriaSHA256)）"),
            ("读法", "“单位变化”按总分变化排列；“指标变化”按本次名次排列，每行一个原因，第一行写得分，扣分按计入总分的正负写；“台账变化”每条记录一行；原因都来自两次运行各自的 results.json 和 results-ledger.tsv。"),
        ]
        lines += comparison.notes.map { ("说明", $0) }
        let rows: [[ReportCell]] = lines.map { [.text($0.0), .text($0.1)] }
        var sheet = ReportSheet(name: "说明", columns: ["项目", "内容"], rows: rows, titleLines: ["变化对照：说明", caption])
        sheet.lastColumnFillsPage = true
        return sheet
    }
}
