/// Reads one activity ledger into records. It only reads the roster and unit list, so ledgers can be
/// read on several threads; what needs all ledgers (duplicates across files) is done when merging.
/// Cells are read as bytes where it pays: staff IDs, names and the few values every row repeats.
/// A class, so the per-cell closures share one reader instead of copying its tables.
final class LedgerReader: Sendable {
    let criteria: Criteria
    /// Computed once: every row's date is checked against it.
    let evaluationYear: EvaluationYear?
    let unionIndex: [String: Int]
    let unionNames: [String]
    /// Staff IDs of the roster; an ID's entry is its member index.
    let staffIDs: ByteStringTable
    /// Per member, its unit.
    let memberUnions: [Int]
    /// Fingerprints, workbook readers and header wordings (see `TableReading`).
    let reading: TableReading
    let unitNames: UnitNameMatcher
    /// Made on first need: most years write staff IDs, and then no file ever asks for a name.
    let peopleOnDemand: PersonDirectory.OnDemand
    var people: PersonDirectory { peopleOnDemand.directory }
    /// The ledger columns with the criteria's wordings, made once for every file.
    let schema: TableSchema

    init(
        criteria: Criteria, units: [Union], unionIndex: [String: Int], staffIDs: ByteStringTable, members: [Member],
        reading: TableReading
    ) {
        self.memberUnions = members.map(\.union)
        self.peopleOnDemand = PersonDirectory.OnDemand(members: members)
        self.criteria = criteria
        self.evaluationYear = criteria.evaluationYear
        self.unionIndex = unionIndex
        self.unionNames = units.map(\.name)
        self.unitNames = UnitNameMatcher(units: units)
        self.staffIDs = staffIDs
        self.reading = reading
        self.schema = reading.schema(Schemas.activities)
    }

    /// One ledger file, read. Records point into the file's own pool and name table until merged.
    struct FileResult: Sendable {
        var records: [ActivityRecord] = []
        var memberPool: [Int32] = []
        var names = ByteStringTable()
        var rejected: [RejectedLedgerRow] = []
        var diagnostics: [Diagnostic] = []
        /// Per table of the file (the file itself, or each sheet read).
        var accounting: [FileAccounting] = []
        var tables: [InputTable] = []
        /// Column of 活动名称 in each table's header, for problems about a whole activity.
        var nameColumns: [Int] = []
        /// Units with rows in the file.
        var unions: Set<Int> = []
        /// Units the file is a ledger of: those with rows or, when no row names a unit, those its or its
        /// sheets' names give (a ledger handed in but unusable is not a missing one).
        var submittedUnits: Set<Int> = []
        /// Per name of `names`, its id in the year's names as they stood before the file's batch, or -1.
        var knownNames: [Int32] = []
        /// The file's own duplicates (`findDuplicates`): indices of the records kept, in the order the
        /// activities first appear, and the reports of the entries dropped.
        var keptRecords: [Int32] = []
        var duplicateRows: [RejectedLedgerRow] = []
        var duplicateDiagnostics: [Diagnostic] = []
    }

    /// Schema ordinals of the ledger columns.
    private enum Column {
        static let union = Schemas.activities.ordinal(of: "二级工会")
        static let date = Schemas.activities.ordinal(of: "日期")
        static let name = Schemas.activities.ordinal(of: "活动名称")
        static let category = Schemas.activities.ordinal(of: "类别")
        static let level = Schemas.activities.ordinal(of: "级别")
        static let declaredParticipants = Schemas.activities.ordinal(of: "参与人数")
        static let organizers = Schemas.activities.ordinal(of: "组织者工号")
        static let participants = Schemas.activities.ordinal(of: "参与者工号")
        static let outcome = Schemas.activities.ordinal(of: "成果")
        static let reported = Schemas.activities.ordinal(of: "上报日期")
    }

    /// What one file's rows share: its result so far and the caches that spare repeated lookups.
    private struct FileState {
        var result: FileResult
        var unions = CellCache<Int>()
        var categories = CellCache<Int>()
        var levels = CellCache<ActivityLevel>()
        var outcomes = CellCache<Int>()
        let staffIDs = LedgerStaffIDs()
        /// People written otherwise than by roster ID, by unit and text (see `resolveOther`).
        let people = PeopleSeen()
    }

    /// Reads one file. `names` are the year's activity names so far, looked up here on all cores so
    /// the merge only adds the new ones. Records and rejected rows point into the file's own tables
    /// (`FileResult.tables`) until merged.
    func read(_ file: InputFile, names: ByteStringTable) -> FileResult {
        // A file named exactly after its unit, as most are, needs no search.
        let fileUnit = unionIndex[file.baseName].map(UnitNameMatcher.Match.unit) ?? unitNames.match(file.baseName)
        var dataRows = 0
        var state = FileState(result: FileResult())
        // Units the file's or its sheets' names give: whose ledger it is when no row says so.
        var namedUnits: Set<Int> = []
        if case .unit(let unit) = fileUnit { namedUnits.insert(unit) }
        var log = DiagnosticLog()
        var table = TableState()
        let accounting = TableReader.read(
            file, role: "活动台账", schema: schema, reading: reading, log: &log
        ) { row, log in
            dataRows += 1
            if row.layout !== table.layout {
                table = startTable(row, fileUnit: fileUnit, result: &state.result)
                if case .unit(let unit) = table.unit { namedUnits.insert(unit) }
                if let days = criteria.reporting?.withinDays, row.layout.positions[Column.reported] == nil {
                    log.warning(
                        "W-REPORTED-COLUMN", at: row.rowLocation,
                        "评分标准规定活动记录须在活动后 \(days) 天内上报，但本表没有“上报日期”列，无法核对，本表记录均按按时上报计。")
                }
            }
            var resolvedUnion: Int? = nil
            let reject = { (reason: String) -> RowDisposition in
                state.result.rejected.append(
                    RejectedLedgerRow(
                        union: resolvedUnion, file: table.index, line: row.line, date: row.value(at: Column.date) ?? "",
                        name: row.value(at: Column.name) ?? "", category: row.value(at: Column.category) ?? "", reason: reason))
                return .rejected
            }
            // The 二级工会 column wins over the sheet and file name, so renaming a file changes nothing.
            let union: Int
            switch state.unions.lookup(row, at: Column.union, resolve: { unionIndex[$0] }) {
            case .found(let index):
                union = index
            case .unknown(let name):
                _ = UnionLookup.resolve(name, index: unionIndex, names: unionNames, in: row, log: &log)
                return reject("二级工会未知")
            case .empty:
                guard case .unit(let index) = table.unit else {
                    if !table.reportedUnknownUnit {
                        table.reportedUnknownUnit = true
                        log.error("E-LEDGER-UNION", at: row.rowLocation, unknownUnitMessage(file: file, sheet: row.sheet, match: table.unit))
                    }
                    return reject("无法确定所属二级工会")
                }
                union = index
            }
            resolvedUnion = union
            if union != table.lastUnion {
                state.result.unions.insert(union)
                table.lastUnion = union
            }
            guard let problem = parseRecord(row, union: union, file: table.index, state: &state, log: &log) else { return .used }
            return reject(problem)
        }
        if dataRows == 0 && !log.hasErrors {
            log.warning("W-LEDGER-EMPTY", at: SourceLocation(file: file.path, line: 1), "台账只有表头，没有活动记录。")
        }
        if state.result.tables.isEmpty {
            state.result.tables = [InputTable(file: file.path)]
            state.result.nameColumns = [0]
        }
        // A ledger handed in but unusable (no header, no row of any unit) is still that unit's ledger.
        state.result.submittedUnits = state.result.unions.isEmpty ? namedUnits : state.result.unions
        state.result.diagnostics = log.diagnostics
        state.result.accounting = accounting
        state.result.knownNames = (0..<Int32(state.result.names.count)).map { local in
            state.result.names.withBytes(local) { names.find($0) ?? -1 }
        }
        findDuplicates(in: &state.result)
        layOutIDListsByDate(&state.result)
        return state.result
    }

    /// What rows of one table (a CSV file, or a sheet) share.
    private struct TableState {
        var layout: TableLayout? = nil
        /// Index into the file's tables.
        var index = 0
        /// The unit the sheet's or file's name gives, for rows without a 二级工会 value.
        var unit: UnitNameMatcher.Match = .none
        var reportedUnknownUnit = false
        var lastUnion = -1
    }

    /// A sheet named after a unit holds that unit's rows (one workbook for several units); otherwise
    /// the file name says whose ledger it is.
    private func startTable(_ row: TableRow, fileUnit: UnitNameMatcher.Match, result: inout FileResult) -> TableState {
        var table = TableState(layout: row.layout, index: result.tables.count, unit: fileUnit)
        result.tables.append(InputTable(file: row.file, sheet: row.sheet))
        result.nameColumns.append(row.location(at: Column.name).column)
        if let sheet = row.sheet, case .unit(let unit) = unitNames.match(sheet) { table.unit = .unit(unit) }
        return table
    }

    private func unknownUnitMessage(file: InputFile, sheet: String?, match: UnitNameMatcher.Match) -> String {
        let named = sheet.map { "文件名“\(file.baseName)”和工作表名“\($0)”" } ?? "文件名“\(file.baseName)”"
        switch match {
        case .ambiguous(let units):
            let list = units.map { "“\(unitNames.name($0))”" }.joined(separator: "、")
            return "台账没有“二级工会”列，\(named)同时含有 \(list)，无法确定所属单位，各行均未使用。请在文件名中只写一个单位，或增加“二级工会”列。"
        case .unit, .none:
            let list = unitNames.nearest(to: file.baseName).map { "“\($0)”" }.joined(separator: "、")
            return "台账没有“二级工会”列，\(named)也不含 unions.csv 中任何单位的名称、简称或编码，无法确定所属单位，各行均未使用。最接近的单位：\(list)。请把文件名改为单位名称，或增加“二级工会”列。"
        }
    }

    /// Puts the file's ID lists in the order of their records' dates. People are scored walking the
    /// year's records by date: with each file's lists in that order, the walk reads every file's part
    /// of the pool front to back instead of jumping across the year's largest array at every record.
    /// Records keep their row order; only where their lists lie changes.
    private func layOutIDListsByDate(_ result: inout FileResult) {
        // Day and row index packed in one integer, which sorts without a comparison closure; the day's
        // sign bit is flipped so that days before 1970 (negative) still come first.
        var order = result.records.indices.map {
            UInt64(UInt32(bitPattern: result.records[$0].day) ^ 0x8000_0000) << 32 | UInt64($0)
        }
        order.sort()
        var pool: [Int32] = []
        pool.reserveCapacity(result.memberPool.count)
        for key in order {
            let index = Int(truncatingIfNeeded: key & 0xFFFF_FFFF)
            let start = result.records[index].poolStart
            let end = start + Int(result.records[index].organizerCount + result.records[index].participantCount)
            result.records[index].poolStart = pool.count
            pool.append(contentsOf: result.memberPool[start..<end])
        }
        result.memberPool = pool
    }

    /// Adds the row's record, or reports it and returns why it was not used (for the 计分依据 sheet).
    private func parseRecord(
        _ row: TableRow, union: Int, file: Int, state: inout FileState, log: inout DiagnosticLog
    ) -> String? {
        guard let dateText = row.value(at: Column.date) else {
            log.error("E-VALUE-MISSING", at: row.location(at: Column.date), "“日期”为空，本行未使用。")
            return "日期为空"
        }
        let date: CalendarDate
        switch LedgerDate.parse(dateText, in: evaluationYear) {
        case .success(let parsed):
            date = parsed.date
            if parsed.isRange {
                log.warning(
                    "W-DATE-RANGE", at: row.location(at: Column.date), raw: dateText,
                    "日期是一个时间段，按第一天 \(date.chineseDescription) 计。")
            }
        case .failure(.impossible):
            log.error("E-DATE-INVALID", at: row.location(at: Column.date), raw: dateText, "日期不存在（如 2 月 30 日），本行未使用。")
            return "日期不存在"
        case .failure(.unrecognised):
            log.error(
                "E-DATE-FORMAT", at: row.location(at: Column.date), raw: dateText,
                "无法识别的日期，本行未使用。可用格式：2023-03-08、2023/3/8、2023.3.8、2023年3月8日、20230308、3月8日（按评选年度）。")
            return "日期无法识别"
        }
        if let year = evaluationYear, !year.contains(date) {
            log.warning(
                "W-DATE-YEAR", at: row.location(at: Column.date), raw: dateText, "日期不在 \(year.phrase)内，本行不计分。")
            return "不在 \(year.phrase)内"
        }
        if let days = criteria.reporting?.withinDays, let problem = checkReported(row, activity: date, within: days, log: &log) {
            return problem
        }
        let name = row.withValueBytes(at: Column.name) { $0.isEmpty ? nil : state.result.names.insert($0).id }
        guard let name else {
            log.error("E-VALUE-MISSING", at: row.location(at: Column.name), "“活动名称”为空，本行未使用。")
            return "活动名称为空"
        }
        let category: Int
        switch state.categories.lookup(row, at: Column.category, resolve: { criteria.categoryIndex(for: $0) }) {
        case .found(let index):
            category = index
        case .empty:
            log.error("E-VALUE-MISSING", at: row.location(at: Column.category), "“类别”为空，本行未使用。")
            return "类别为空"
        case .unknown(let categoryText):
            let names = criteria.categories.flatMap { [$0.name] + $0.aliases }
            let hint = EditDistance.nearest(to: categoryText, in: names).map { "是否应为“\($0)”？" } ?? "可用类别见评分标准文件。"
            log.error(
                "E-CATEGORY-UNKNOWN", at: row.location(at: Column.category), raw: categoryText, "未定义的活动类别，本行未使用。\(hint)")
            return "类别“\(categoryText)”未定义"
        }
        let level: ActivityLevel
        switch state.levels.lookup(row, at: Column.level, resolve: { criteria.level(for: $0) }) {
        case .found(let found):
            level = found
        case .empty:
            level = .lowest
        case .unknown(let levelText):
            log.error(
                "E-LEVEL-UNKNOWN", at: row.location(at: Column.level), raw: levelText,
                "无法识别的级别，本行未使用。可用级别：\(criteria.levels.listed)（评分标准的 levels 可增加别名）。")
            return "级别“\(levelText)”无法识别"
        }
        var outcome: Int? = nil
        switch state.outcomes.lookup(row, at: Column.outcome, resolve: { criteria.outcomeIndex(forLedgerText: $0) }) {
        case .found(let index):
            outcome = index
        case .empty:
            break
        case .unknown(let outcomeText):
            let hint = EditDistance.nearest(to: outcomeText, in: criteria.outcomes).map { "是否应为“\($0)”？" } ?? ""
            log.warning(
                "W-OUTCOME-UNKNOWN", at: row.location(at: Column.outcome), raw: outcomeText,
                "未定义的成果，按无成果计分。\(hint)可用成果：\(criteria.outcomes.joined(separator: "、"))。")
        }
        let poolStart = state.result.memberPool.count
        let organizers = appendStaffIDs(row, column: Column.organizers, union: union, level: level, state: &state, log: &log)
        let participants = appendStaffIDs(row, column: Column.participants, union: union, level: level, state: &state, log: &log)
        state.result.records.append(
            ActivityRecord(
                union: union, file: file, line: row.line, date: date, name: name, category: category, level: level,
                outcome: outcome, declaredParticipants: declaredParticipants(row, listed: participants, log: &log),
                poolStart: poolStart, organizers: organizers, participants: participants))
        return nil
    }

    /// 上报日期 against the reporting window: a record reported too late does not count (why, for the
    /// 计分依据 sheet); a missing or unreadable date is reported and the record counts.
    private func checkReported(_ row: TableRow, activity: CalendarDate, within days: Int, log: inout DiagnosticLog) -> String? {
        guard row.layout.positions[Column.reported] != nil else { return nil }
        let location = row.location(at: Column.reported)
        guard let text = row.value(at: Column.reported) else {
            log.warning("W-REPORTED-MISSING", at: location, "“上报日期”为空，无法核对是否在活动后 \(days) 天内上报，本行按按时上报计。")
            return nil
        }
        guard case .success(let parsed) = LedgerDate.parse(text, in: evaluationYear) else {
            log.warning("W-REPORTED-DATE", at: location, raw: text, "“上报日期”无法识别，无法核对是否按时上报，本行按按时上报计。")
            return nil
        }
        let late = parsed.date.daysSinceEpoch - activity.daysSinceEpoch
        if late < 0 {
            log.warning("W-REPORTED-EARLY", at: location, raw: text, "“上报日期”早于活动日期 \(activity.chineseDescription)，请核对；本行照常计分。")
            return nil
        }
        guard late > days else { return nil }
        log.warning(
            "W-REPORTED-LATE", at: location, raw: text,
            "活动后第 \(late) 天才上报，超过评分标准规定的 \(days) 天上报期限，本行不计分。")
        return "逾期上报（活动后第 \(late) 天，期限 \(days) 天）"
    }

    /// 参与人数: a whole number that is not absurd and not smaller than the IDs listed; otherwise reported.
    private func declaredParticipants(_ row: TableRow, listed: Int, log: inout DiagnosticLog) -> Int? {
        guard let text = row.value(at: Column.declaredParticipants) else { return nil }
        let location = row.location(at: Column.declaredParticipants)
        guard let count = LedgerNumber.wholeNumber(text), count >= 0 else {
            log.warning("W-VALUE-NUMBER", at: location, raw: text, "“参与人数”应为非负整数，已忽略。")
            return nil
        }
        if count > Self.absurdParticipantCount {
            log.warning(
                "W-COUNT-ABSURD", at: location, raw: text, "“参与人数”超过 \(Self.absurdParticipantCount)，不合常理，已忽略。")
            return nil
        }
        if count < listed {
            log.warning(
                "W-COUNT-MISMATCH", at: location, raw: text,
                "“参与人数”为 \(count)，少于“参与者工号”中列出的 \(listed) 人；计分以工号为准。")
        }
        return count
    }

    static let absurdParticipantCount = 100_000

    /// A person written otherwise than by a roster ID: by name, as 姓名(工号), or as an ID that lost its
    /// leading zeros. Resolved once per unit and text in a file; what cannot be resolved is reported on
    /// every row that has it, a restored ID once per file.
    private func resolveOther(
        _ token: UnsafeBufferPointer<UInt8>, row: TableRow, column: Int, union: Int, seen: PeopleSeen, log: inout DiagnosticLog
    ) -> Int32? {
        let text = String(decoding: token, as: UTF8.self)
        let key = "\(union)\u{1}\(text)"
        let resolution: PersonDirectory.Resolution
        if let known = seen.resolutions[key] {
            resolution = known
        } else {
            resolution = people.resolve(text, unit: union)
            seen.resolutions[key] = resolution
            if case .member(let member, let naming) = resolution {
                switch naming {
                case .restoredZeros:
                    log.warning(
                        "W-ID-ZEROS", at: row.location(at: column), raw: text,
                        "工号“\(text)”在名册中是“\(people.staffID(member))”（Excel 把工号当成数字，去掉了开头的 0），已按 \(people.staffID(member)) 计；本文件中同样的写法不再重复提示。请把工号列设为“文本”格式。")
                case .nameAndID(let writtenName?):
                    log.warning(
                        "W-ID-NAME-MISMATCH", at: row.location(at: column), raw: text,
                        "工号 \(people.staffID(member)) 在名册中是“\(people.rosterName(member))”，与所写姓名“\(writtenName)”不符；按工号计。")
                case .name, .nameAndID:
                    break
                }
            }
        }
        switch resolution {
        case .member(let member, _):
            return member
        case .ambiguous(let members):
            let list = members.prefix(5).map { people.describe($0, unitNames: unionNames) }.joined(separator: "、")
            log.warning(
                "W-NAME-AMBIGUOUS", at: row.location(at: column), raw: text,
                "名册中有 \(members.count) 人可能是“\(text)”：\(list)。无法确定是谁，未计入。请写成“姓名(工号)”。")
        case .unknown:
            let hint = people.nearestName(to: text, unit: union).map { "是否应为“\($0)”？" } ?? ""
            log.warning(
                "W-ID-UNKNOWN", at: row.location(at: column), raw: text, "“\(text)”既不是会员名册中的工号，也不是名册中的姓名，已忽略。\(hint)")
        }
        return nil
    }

    /// Appends the member indices of an ID cell to the file's pool and returns how many it added.
    /// Unknown and repeated IDs are reported and skipped.
    private func appendStaffIDs(
        _ row: TableRow, column: Int, union: Int, level: ActivityLevel, state: inout FileState, log: inout DiagnosticLog
    ) -> Int {
        let seen = state.people
        return row.withValueBytes(at: column) { bytes in
            state.staffIDs.resolveCell(
                bytes, roster: staffIDs, into: &state.result.memberPool,
                resolveOther: { resolveOther($0, row: row, column: column, union: union, seen: seen, log: &log) }
            ) { id, sighting in
                switch sighting {
                case .added(let member):
                    // School-level and higher events legitimately mix units; a college-level one should not.
                    guard level == .lowest else { return }
                    let home = memberUnions[Int(member)]
                    guard home != union else { return }
                    let text = String(decoding: id, as: UTF8.self)
                    log.warning(
                        "W-ID-OTHER-UNIT", at: row.location(at: column), raw: text,
                        "工号“\(text)”属于\(unionNames[home])，出现在本单位的院级活动中；计入其个人积极分子得分，不计入本单位参与率。")
                case .repeatedInCell:
                    let text = String(decoding: id, as: UTF8.self)
                    log.warning("W-ID-REPEATED", at: row.location(at: column), raw: text, "工号“\(text)”在同一行重复出现，只计一次。")
                }
            }
        }
    }
}

/// The people one ledger file wrote otherwise than by roster ID, resolved once per unit and text.
/// A class, so the per-token closure can fill it while the file's ID pool is being appended to.
final class PeopleSeen {
    var resolutions: [String: PersonDirectory.Resolution] = [:]
}
