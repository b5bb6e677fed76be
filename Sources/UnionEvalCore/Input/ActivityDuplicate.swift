/// How an entry dropped as the same activity entered twice is reported: a warning where it stands,
/// naming the entry that was kept, and a row for the 计分依据 sheet.
enum ActivityDuplicate {
    /// `tables` are what the records' `file` indices point into.
    static func report(
        dropped: ActivityRecord, kept: ActivityRecord, tables: [InputTable], name: String, category: String, nameColumn: Int,
        log: inout DiagnosticLog
    ) -> RejectedLedgerRow {
        let droppedTable = tables[dropped.file]
        let keptTable = tables[kept.file]
        let place = keptTable == droppedTable ? "第 \(kept.line) 行" : "\(keptTable.name) 第 \(kept.line) 行"
        log.warning(
            "W-LEDGER-DUPLICATE", at: droppedTable.location(line: dropped.line, column: nameColumn),
            raw: name, "与\(place)是同一活动（日期、名称、类别相同），只计一次，本行未使用。")
        return RejectedLedgerRow(
            union: dropped.union, file: dropped.file, line: dropped.line, date: dropped.date.description, name: name,
            category: category, reason: "重复记录（同\(place)），只计一次")
    }
}
