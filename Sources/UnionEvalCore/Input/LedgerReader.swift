/// Reads one activity ledger into records. It only reads the roster and unit list, so ledgers can be
/// read on several threads; what needs all ledgers (duplicates across files) is done when merging.
struct LedgerReader: Sendable {
    let criteria: Criteria
    let unionIndex: [String: Int]
    let unionNames: [String]
    let memberIndex: [String: Int32]
    /// Per member, its unit.
    let memberUnions: [Int]

    /// One ledger file, read.
    struct FileResult: Sendable {
        var records: [ActivityRecord] = []
        var rejected: [RejectedLedgerRow] = []
        var diagnostics: [Diagnostic] = []
        var accounting: FileAccounting
        var unions: Set<Int> = []
        /// Column of 活动名称 in this file's header, for problems about a whole activity.
        var nameColumn = 0
    }

    func read(_ file: InputFile, fileIndex: Int) -> FileResult {
        let unionFromFileName = unionIndex[file.baseName]
        var warnedAboutFileName = false
        var dataRows = 0
        var records: [ActivityRecord] = []
        var rejected: [RejectedLedgerRow] = []
        var unions: Set<Int> = []
        var log = DiagnosticLog()
        var nameColumn = 0
        let accounting = CSVTableReader.read(file, role: "活动台账", schema: Schemas.activities, log: &log) { row, log in
            dataRows += 1
            nameColumn = row.location("活动名称").column
            var resolvedUnion: Int? = nil
            let reject = { (reason: String) -> RowDisposition in
                rejected.append(
                    RejectedLedgerRow(
                        union: resolvedUnion, file: fileIndex, line: row.line, date: row.value("日期") ?? "",
                        name: row.value("活动名称") ?? "", category: row.value("类别") ?? "", reason: reason))
                return .rejected
            }
            // The 二级工会 column wins over the file name, so renaming a file changes nothing.
            let union: Int
            if row.hasColumn("二级工会"), let name = row.value("二级工会") {
                guard let index = UnionLookup.resolve(name, index: unionIndex, names: unionNames, in: row, log: &log) else {
                    return reject("二级工会未知")
                }
                union = index
            } else if let index = unionFromFileName {
                union = index
            } else {
                if !warnedAboutFileName {
                    warnedAboutFileName = true
                    log.error(
                        "E-LEDGER-UNION", at: SourceLocation(file: file.path, line: row.line),
                        "台账没有“二级工会”列，文件名“\(file.baseName)”也不是 unions.csv 中的二级工会，无法确定所属单位，各行均未使用。")
                }
                return reject("无法确定所属二级工会")
            }
            resolvedUnion = union
            unions.insert(union)
            guard let record = parseRecord(row, union: union, file: fileIndex, log: &log, reject: reject) else {
                return .rejected
            }
            records.append(record)
            return .used
        }
        if dataRows == 0 && !log.hasErrors {
            log.warning("W-LEDGER-EMPTY", at: SourceLocation(file: file.path, line: 1), "台账只有表头，没有活动记录。")
        }
        return FileResult(records: records, rejected: rejected, diagnostics: log.diagnostics, accounting: accounting, unions: unions,
            nameColumn: nameColumn)
    }

    func parseRecord(
        _ row: TableRow, union: Int, file: Int, log: inout DiagnosticLog, reject: (String) -> RowDisposition
    ) -> ActivityRecord? {
        guard let dateText = row.value("日期") else {
            log.error("E-VALUE-MISSING", at: row.location("日期"), "“日期”为空，本行未使用。")
            _ = reject("日期为空")
            return nil
        }
        let date: CalendarDate
        switch CalendarDate.parse(dateText) {
        case .success(let parsed):
            date = parsed
        case .failure(.impossible):
            log.error("E-DATE-INVALID", at: row.location("日期"), raw: dateText, "日期不存在（如 2 月 30 日），本行未使用。")
            _ = reject("日期不存在")
            return nil
        case .failure(.unrecognised):
            log.error(
                "E-DATE-FORMAT", at: row.location("日期"), raw: dateText,
                "无法识别的日期，本行未使用。可用格式：2023-03-08、2023/3/8、2023.3.8、2023年3月8日。")
            _ = reject("日期无法识别")
            return nil
        }
        if let year = criteria.year, date.year != year {
            log.warning(
                "W-DATE-YEAR", at: row.location("日期"), raw: dateText, "日期不在 \(year) 评选年度内，本行不计分。")
            _ = reject("不在 \(year) 评选年度内")
            return nil
        }
        guard let name = row.value("活动名称") else {
            log.error("E-VALUE-MISSING", at: row.location("活动名称"), "“活动名称”为空，本行未使用。")
            _ = reject("活动名称为空")
            return nil
        }
        guard let categoryText = row.value("类别") else {
            log.error("E-VALUE-MISSING", at: row.location("类别"), "“类别”为空，本行未使用。")
            _ = reject("类别为空")
            return nil
        }
        guard let category = criteria.categoryIndex(for: categoryText) else {
            let names = criteria.categories.flatMap { [$0.name] + $0.aliases }
            let hint = EditDistance.nearest(to: categoryText, in: names).map { "是否应为“\($0)”？" } ?? "可用类别见评分标准文件。"
            log.error("E-CATEGORY-UNKNOWN", at: row.location("类别"), raw: categoryText, "未定义的活动类别，本行未使用。\(hint)")
            _ = reject("类别“\(categoryText)”未定义")
            return nil
        }
        var level = ActivityLevel.college
        if let levelText = row.value("级别") {
            guard let parsed = ActivityLevel(chineseName: levelText) else {
                log.error(
                    "E-LEVEL-UNKNOWN", at: row.location("级别"), raw: levelText,
                    "无法识别的级别，本行未使用。可用级别：院级、校级、区县级、市级、省部级、国家级。")
                _ = reject("级别“\(levelText)”无法识别")
                return nil
            }
            level = parsed
        }
        var outcome: Int? = nil
        if let outcomeText = row.value("成果") {
            outcome = criteria.outcomeIndex(for: outcomeText)
            if outcome == nil {
                let hint = EditDistance.nearest(to: outcomeText, in: criteria.outcomes).map { "是否应为“\($0)”？" } ?? ""
                log.warning(
                    "W-OUTCOME-UNKNOWN", at: row.location("成果"), raw: outcomeText,
                    "未定义的成果，按无成果计分。\(hint)可用成果：\(criteria.outcomes.joined(separator: "、"))。")
            }
        }
        let organizers = staffIDs(row, column: "组织者工号", union: union, level: level, log: &log)
        let participants = staffIDs(row, column: "参与者工号", union: union, level: level, log: &log)
        return ActivityRecord(
            union: union, file: file, line: row.line, date: date, name: name, category: category, level: level,
            outcome: outcome, declaredParticipants: declaredParticipants(row, listed: participants.count, log: &log),
            organizers: organizers, participants: participants)
    }

    /// 参与人数: a whole number that is not absurd and not smaller than the IDs listed; otherwise reported.
    private func declaredParticipants(_ row: TableRow, listed: Int, log: inout DiagnosticLog) -> Int? {
        guard let text = row.value("参与人数") else { return nil }
        guard let count = Int(text), count >= 0 else {
            log.warning("W-VALUE-NUMBER", at: row.location("参与人数"), raw: text, "“参与人数”应为非负整数，已忽略。")
            return nil
        }
        if count > Self.absurdParticipantCount {
            log.warning(
                "W-COUNT-ABSURD", at: row.location("参与人数"), raw: text,
                "“参与人数”超过 \(Self.absurdParticipantCount)，不合常理，已忽略。")
            return nil
        }
        if count < listed {
            log.warning(
                "W-COUNT-MISMATCH", at: row.location("参与人数"), raw: text,
                "“参与人数”为 \(count)，少于“参与者工号”中列出的 \(listed) 人；计分以工号为准。")
        }
        return count
    }

    static let absurdParticipantCount = 100_000

    /// Splits an ID list on any of the contract's separators; unknown and repeated IDs are reported and skipped.
    private func staffIDs(
        _ row: TableRow, column: String, union: Int, level: ActivityLevel, log: inout DiagnosticLog
    ) -> [Int32] {
        guard let text = row.value(column) else { return [] }
        var result: [Int32] = []
        var seen: Set<Int32> = []
        for id in StaffIDList.split(text) {
            guard let member = memberIndex[id] else {
                log.warning("W-ID-UNKNOWN", at: row.location(column), raw: id, "工号“\(id)”不在会员名册中，已忽略该工号。")
                continue
            }
            if !seen.insert(member).inserted {
                log.warning("W-ID-REPEATED", at: row.location(column), raw: id, "工号“\(id)”在同一行重复出现，只计一次。")
                continue
            }
            result.append(member)
            let home = memberUnions[Int(member)]
            // School-level and higher events legitimately mix units; a college-level one should not.
            if home != union && level == .college {
                log.warning(
                    "W-ID-OTHER-UNIT", at: row.location(column), raw: id,
                    "工号“\(id)”属于\(unionNames[home])，出现在本单位的院级活动中；计入其个人积极分子得分，不计入本单位参与率。")
            }
        }
        return result
    }
}
