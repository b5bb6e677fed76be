/// The sheets a template adds beside the table to fill in. The readers know them by name: read from a
/// filled template they hold no records, so they are listed on 说明 as template sheets, not reported
/// as skipped.
public enum TemplateSheets {
    public static let instructions = "填写说明"
    public static let roster = "会员名单"
    public static let choices = "选项"
    public static let names: Set<String> = [instructions, roster, choices]
    /// The role such a sheet has on 说明.
    public static let role = "填表模板的附表（不含记录）"

    /// How many rows below the header carry a template's checks and drop-downs.
    public static let rowsToFill = 500

    /// A hidden sheet of lists, a column each, for drop-downs: returns the sheet and, per list, the
    /// rule that offers it.
    static func choices(_ lists: [(header: String, values: [String])]) -> (sheet: ReportSheet, rules: [CellValidation.Rule]) {
        var sheet = ReportSheet(name: choices, columns: lists.map(\.header), orientation: .portrait)
        // Hidden, but LibreOffice prints it with the rest: titled like every printed page.
        sheet.titleLines = ["下拉列表的选项（由评分标准生成，请勿改动）"]
        let height = lists.map(\.values.count).max() ?? 0
        sheet.rows = (0..<height).map { row in lists.map { row < $0.values.count ? .text($0.values[row]) : .empty } }
        sheet.isHidden = true
        let rules = lists.enumerated().map { column, list in
            CellValidation.Rule.list(sheet: choices, column: column, rows: sheet.headerRow + 1...sheet.headerRow + max(list.values.count, 1))
        }
        return (sheet, rules)
    }
}
