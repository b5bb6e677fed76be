/// The 说明 sheet shared by both workbooks: what was read, with hashes, and the row accounting.
enum InputAccountingSheet {
    static func make(
        data: YearData, criteria: Criteria, diagnostics: [Diagnostic], context: RunContext, title: String,
        notes: [(String, String)]
    ) -> ReportSheet {
        var sheet = ReportSheet(
            name: "说明", columns: ["项目", "内容", "用途", "编码或格式", "SHA-256", "读取行数", "使用行数", "问题行数", "版式行数"])
        sheet.title("\(title)：数据来源与说明", context: context)
        sheet.repeatedColumns = 2
        func line(_ item: String, _ content: String) {
            sheet.rows.append([.text(item), .text(content), .empty, .empty, .empty, .empty, .empty, .empty, .empty])
        }
        line("评选", title)
        line("评选年度", criteria.year.map(String.init) ?? "未指定")
        line(context.asOf == nil ? "生成时间" : "基准日期", context.asOf == nil ? context.runTime : "\(context.runTime)（run --as-of：同样的输入和评分标准重新生成的文件逐字节相同）")
        line("输入目录", context.inputFolder)
        sheet.rows.append([
            .text("评分标准文件"), .text(context.criteriaPath), .text("评分标准"), .empty, .text(context.criteriaSHA256),
            .empty, .empty, .empty, .empty,
        ])
        line("制定依据", criteria.basis)
        for file in data.accounting {
            sheet.rows.append([
                .text("输入文件"), .text(file.table), .text(file.role), .text(file.encoding?.rawValue ?? file.format ?? ""),
                .text(file.sha256), .integer(file.rowsRead), .integer(file.rowsUsed), .integer(file.rowsRejected),
                .integer(file.rowsLayout),
            ])
        }
        let totals = data.accountingTotals
        sheet.rows.append([
            .text("合计"),
            .text("读取 \(totals.read) 行 = 使用 \(totals.used) 行 + 报告问题 \(totals.rejected) 行 + 版式行（标题、合计、签名等）\(totals.layout) 行"),
            .empty, .empty, .empty, .integer(totals.read), .integer(totals.used), .integer(totals.rejected), .integer(totals.layout),
        ])
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        line(
            "数据问题",
            errors > 0
                ? "错误 \(errors) 个，警告 \(warnings) 个：本结果含有数据错误，请核对“先进基层工会评选结果”中的“数据问题”表后再定稿"
                : "错误 0 个，警告 \(warnings) 个")
        for (item, content) in notes { line(item, content) }
        return sheet
    }
}
