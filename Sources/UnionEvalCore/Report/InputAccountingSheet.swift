/// The 说明 sheet shared by both workbooks: what was read, with hashes, and the row accounting.
enum InputAccountingSheet {
    /// A line of 说明: a fact about the run (item and content), or an input file with its accounting.
    struct Line: Sendable {
        var item: String
        var content: String
        var role = ""
        var format = ""
        var sha256 = ""
        var counts: (read: Int, used: Int, rejected: Int, layout: Int)? = nil
    }

    static func make(
        data: YearData, criteria: Criteria, diagnostics: [Diagnostic], context: RunContext, title: String,
        notes: [(String, String)]
    ) -> ReportSheet {
        var table = ReportTable<Line>()
        table.column("项目") { .text($0.item) }
        table.column("内容") { .text($0.content) }
        table.column("用途") { .text($0.role) }
        table.column("编码或格式") { .text($0.format) }
        table.column("SHA-256") { .text($0.sha256) }
        table.column("读取行数") { $0.counts.map { .integer($0.read) } ?? .empty }
        table.column("使用行数") { $0.counts.map { .integer($0.used) } ?? .empty }
        table.column("问题行数") { $0.counts.map { .integer($0.rejected) } ?? .empty }
        table.column("版式行数") { $0.counts.map { .integer($0.layout) } ?? .empty }
        var sheet = ReportSheet(
            name: "说明", columns: table.headers,
            rows: table.cells(for: lines(data: data, criteria: criteria, diagnostics: diagnostics, context: context, title: title, notes: notes)))
        sheet.title("\(title)：数据来源与说明", context: context)
        sheet.repeatedColumns = 2
        return sheet
    }

    static func lines(
        data: YearData, criteria: Criteria, diagnostics: [Diagnostic], context: RunContext, title: String, notes: [(String, String)]
    ) -> [Line] {
        var lines = [
            Line(item: "评选", content: title),
            Line(item: "评选年度", content: criteria.evaluationYear?.name ?? criteria.year.map(String.init) ?? "未指定"),
            context.asOf == nil
                ? Line(item: "生成时间", content: context.runTime)
                : Line(item: "基准日期", content: "\(context.runTime)（run --as-of：同样的输入和评分标准重新生成的文件逐字节相同）"),
            Line(item: "输入目录", content: context.inputFolder),
            Line(item: "评分标准文件", content: context.criteriaPath, role: "评分标准", sha256: context.criteriaSHA256),
            Line(item: "制定依据", content: criteria.basis),
        ]
        for file in data.accounting {
            lines.append(Line(
                item: "输入文件", content: file.table, role: file.role, format: file.encoding?.rawValue ?? file.format ?? "",
                sha256: file.sha256, counts: (file.rowsRead, file.rowsUsed, file.rowsRejected, file.rowsLayout)))
        }
        let totals = data.accountingTotals
        lines.append(Line(
            item: "合计",
            content: "读取 \(totals.read) 行 = 使用 \(totals.used) 行 + 报告问题 \(totals.rejected) 行 + 版式行（标题、合计、签名等）\(totals.layout) 行",
            counts: (totals.read, totals.used, totals.rejected, totals.layout)))
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        lines.append(Line(
            item: "数据问题",
            content: errors > 0
                ? "错误 \(errors) 个，警告 \(warnings) 个：本结果含有数据错误，请核对“先进基层工会评选结果”中的“数据问题”表后再定稿"
                : "错误 0 个，警告 \(warnings) 个"))
        lines += notes.map { Line(item: $0.0, content: $0.1) }
        return lines
    }
}
