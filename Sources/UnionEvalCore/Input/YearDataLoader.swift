/// Turns a year's files into `YearData`, reporting every row it cannot use.
public final class YearDataLoader {
    let criteria: Criteria
    var data = YearData()
    var log = DiagnosticLog()
    var unionIndex: [String: Int] = [:]
    /// Roster staff IDs; an ID's entry is its member index.
    var staffIDs = ByteStringTable()

    public static func load(_ inputs: YearInputs, criteria: Criteria) -> (data: YearData, diagnostics: [Diagnostic]) {
        let reading = TableReading(
            fingerprint: inputs.fingerprint, xlsxReader: inputs.xlsxReader, xlsReader: inputs.xlsReader,
            columnAliases: criteria.columnAliases)
        let loader = YearDataLoader(criteria: criteria, reading: reading)
        loader.log.append(contentsOf: inputs.folderProblems)
        loader.loadUnions(inputs.unions)
        loader.loadMembers(inputs.members)
        loader.countMembers()
        loader.loadLedgers(inputs.activities)
        loader.data.arrangeInScoringOrder()
        loader.data.unionsWithoutLedger = Set(loader.data.unions.indices).subtracting(loader.submittedUnits)
        for union in loader.data.unionsWithoutLedger.sorted() {
            loader.log.warning(
                "W-LEDGER-MISSING", at: loader.data.unions[union].location,
                "\(loader.data.unions[union].name) 没有提交活动台账，按已有数据（评审打分、加减分）参与排名，并标注“未提交台账”。")
        }
        if let adjustments = inputs.office[.adjustments] { loader.loadAdjustments(adjustments) }
        if let reviews = inputs.office[.reviews] {
            loader.data.reviewsFile = reviews.path
            loader.loadReviews(reviews)
        }
        if let exclusions = inputs.office[.exclusions] { loader.loadExclusions(exclusions) }
        loader.applyDeadline()
        if let occurrences = inputs.office[.occurrences] { loader.loadOccurrences(occurrences) }
        if let selfScores = inputs.office[.selfScores] { loader.loadSelfScores(selfScores) }
        if let votes = inputs.office[.votes] { loader.loadVotes(votes) }
        if let objections = inputs.office[.objections] { loader.loadObjections(objections) }
        return (loader.data, loader.log.diagnostics)
    }

    init(criteria: Criteria, reading: TableReading) {
        self.criteria = criteria
        self.reading = reading
    }

    let reading: TableReading

    /// Units with rows in a ledger read so far: from then on, their activities are looked up across files.
    var unionsWithLedgerFile: Set<Int> = []
    /// Units that handed in a ledger, usable or not.
    var submittedUnits: Set<Int> = []

    /// Looks a unit name up; reports it when unknown and returns nil.
    func resolveUnion(_ name: String?, in row: TableRow, log: inout DiagnosticLog) -> Int? {
        UnionLookup.resolve(name, index: unionIndex, names: data.unions.map(\.name), in: row, log: &log)
    }

    /// An optional date column, read as ledgers' dates are (a day without a year is in the evaluation
    /// year); an unreadable one is said and taken as not filled in.
    func optionalDate(_ row: TableRow, _ column: String, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = row.value(column) else { return nil }
        guard case .success(let parsed) = LedgerDate.parse(text, in: criteria.evaluationYear) else {
            log.warning("W-VALUE-DATE", at: row.location(column), raw: text, "“\(column)”无法识别，视为未填写。")
            return nil
        }
        return parsed.date
    }

    /// Reads one file; `body` logs into the file's own log so diagnostics stay in file order.
    func read(
        _ file: InputFile, role: String, schema: TableSchema, body: (TableRow, inout DiagnosticLog) -> RowDisposition
    ) {
        var fileLog = DiagnosticLog()
        let accounting = TableReader.read(file, role: role, schema: reading.schema(schema), reading: reading, log: &fileLog, body: body)
        log.append(contentsOf: fileLog.diagnostics)
        data.accounting.append(contentsOf: accounting)
    }

    func loadUnions(_ file: InputFile) {
        read(file, role: "参评二级工会", schema: Schemas.unions) { row, log in
            guard let name = row.value("二级工会") else {
                log.error("E-VALUE-MISSING", at: row.location("二级工会"), "“二级工会”为空，本行未使用。")
                return .rejected
            }
            if self.unionIndex[name] != nil {
                log.error("E-UNION-DUPLICATE", at: row.location("二级工会"), raw: name, "二级工会“\(name)”重复出现，本行未使用。")
                return .rejected
            }
            var declared: Int? = nil
            if let text = row.value("会员人数") {
                if let count = Int(text), count >= 0 {
                    declared = count
                } else {
                    log.warning(
                        "W-VALUE-NUMBER", at: row.location("会员人数"), raw: text, "“会员人数”应为非负整数，已改为按会员名册计数。")
                }
            }
            let submitted = self.optionalDate(row, "提交日期", log: &log)
            self.unionIndex[name] = self.data.unions.count
            var union = Union(
                name: name, code: row.value("编码"), declaredMemberCount: declared, chair: row.value("主席"),
                location: row.location("二级工会"))
            union.submittedOn = submitted
            if !self.criteria.groups.isEmpty {
                let names = self.criteria.groups.map(\.name)
                let text = row.value("组别")
                if let text, let group = names.firstIndex(of: text) {
                    union.group = group
                } else {
                    log.error(
                        "E-UNION-GROUP", at: row.location("组别"), raw: text,
                        "\(text == nil ? "“组别”为空" : "“组别”不是评分标准中的分组")：应为 \(names.joined(separator: "、")) 之一。本单位照常计分，但不参加排名评选。")
                }
            }
            for column in Schemas.unionAttributeColumns {
                if row.hasColumn(column) { self.data.unionColumnsPresent.insert(column) }
                if let value = row.value(column) { union.attributes[column] = value }
            }
            self.data.unions.append(union)
            return .used
        }
    }

    /// Schema ordinals of the roster columns: a roster has a row per member, read by ordinal like a ledger.
    private enum MemberColumn {
        static let staffID = Schemas.members.ordinal(of: "工号")
        static let name = Schemas.members.ordinal(of: "姓名")
        static let union = Schemas.members.ordinal(of: "二级工会")
        static let isMember = Schemas.members.ordinal(of: "会员")
        static let gender = Schemas.members.ordinal(of: "性别")
        static let role = Schemas.members.ordinal(of: "工会职务")
        static let joinDate = Schemas.members.ordinal(of: "入会日期")
        static let paysDues = Schemas.members.ordinal(of: "缴纳会费")
    }

    func loadMembers(_ file: InputFile) {
        var unionCache = CellCache<Int>()
        let ruleColumns = criteria.activists?.rosterColumns ?? []
        var attributeColumns = ruleColumns.map { ($0, Schemas.members.ordinal(of: $0)) }
        for (column, _) in attributeColumns { data.rosterValues[column] = [] }
        var headerSeen = false
        read(file, role: "会员名册", schema: Schemas.members) { row, log in
            // The roster's other optional columns, when its header has them: the papers show them.
            if !headerSeen {
                headerSeen = true
                for column in Schemas.memberDisplayColumns where !ruleColumns.contains(column) && row.hasColumn(column) {
                    attributeColumns.append((column, Schemas.members.ordinal(of: column)))
                    self.data.rosterValues[column] = []
                }
            }
            guard let staffID = row.value(at: MemberColumn.staffID) else {
                log.error("E-VALUE-MISSING", at: row.location(at: MemberColumn.staffID), "“工号”为空，本行未使用。")
                return .rejected
            }
            if self.staffIDs.find(staffID) != nil {
                log.error(
                    "E-MEMBER-DUPLICATE", at: row.location(at: MemberColumn.staffID), raw: staffID, "工号“\(staffID)”在名册中重复，本行未使用。")
                return .rejected
            }
            // A roster repeats each unit name on hundreds of rows: resolved by bytes, through a cache.
            let union: Int
            if case .found(let index) = unionCache.lookup(row, at: MemberColumn.union, resolve: { self.unionIndex[$0] }) {
                union = index
            } else {
                _ = self.resolveUnion(row.value(at: MemberColumn.union), in: row, log: &log)
                return .rejected
            }
            var isMember = true
            if let text = row.value(at: MemberColumn.isMember) {
                if let value = Self.yesOrNo(text) {
                    isMember = value
                } else {
                    log.warning("W-VALUE-MEMBER", at: row.location(at: MemberColumn.isMember), raw: text, "“会员”应为“是”或“否”，已按“是”处理。")
                }
            }
            var joinDate: CalendarDate? = nil
            if let text = row.value(at: MemberColumn.joinDate) {
                if case .success(let date) = CalendarDate.parse(text) {
                    joinDate = date
                } else {
                    log.warning("W-VALUE-DATE", at: row.location(at: MemberColumn.joinDate), raw: text, "“入会日期”无法识别，视为未填写。")
                }
            }
            var paysDues: Bool? = nil
            if let text = row.value(at: MemberColumn.paysDues) {
                paysDues = Self.yesOrNo(text)
                if paysDues == nil {
                    log.warning(
                        "W-VALUE-DUES", at: row.location(at: MemberColumn.paysDues), raw: text, "“缴纳会费”应为“是”或“否”，视为未填写。")
                }
            }
            self.staffIDs.insert(staffID)
            var member = Member(
                staffID: staffID, name: row.value(at: MemberColumn.name) ?? "", union: union, isMember: isMember,
                gender: row.value(at: MemberColumn.gender), role: row.value(at: MemberColumn.role), joinDate: joinDate)
            member.paysDues = paysDues
            self.data.members.append(member)
            for (column, ordinal) in attributeColumns {
                if row.hasColumn(ordinal) { self.data.rosterColumnsPresent.insert(column) }
                self.data.rosterValues[column]!.append(row.value(at: ordinal) ?? "")
            }
            return .used
        }
    }

    /// 是/否 as rosters write it.
    static func yesOrNo(_ text: String) -> Bool? {
        switch text {
        case "是", "Y", "y", "1", "已缴", "已交": return true
        case "否", "N", "n", "0", "未缴", "未交": return false
        default: return nil
        }
    }

    func countMembers() {
        var roster = [Int](repeating: 0, count: data.unions.count)
        for member in data.members where member.isMember { roster[member.union] += 1 }
        if criteria.activists?.quota.base == .duesPaying {
            var stated = Set<Int>()
            for member in data.members where member.paysDues != nil { stated.insert(member.union) }
            let unstated = data.unions.indices.filter { !stated.contains($0) && roster[$0] > 0 }.map { data.unions[$0].name }
            if !unstated.isEmpty {
                log.warning(
                    "W-DUES-MISSING", at: SourceLocation(file: data.unions.first?.location.file ?? "members.csv"),
                    "评分标准按缴纳会费的会员人数分配积极分子名额，但以下单位在名册中没有填写“缴纳会费”，按全部会员人数计：\(unstated.joined(separator: "、"))。")
            }
        }
        data.memberCounts = data.unions.indices.map { data.unions[$0].declaredMemberCount ?? roster[$0] }
        for (index, union) in data.unions.enumerated() {
            if let declared = union.declaredMemberCount, declared != roster[index] {
                log.warning(
                    "W-UNION-COUNT", at: union.rowLocation, raw: "\(declared)",
                    "\(union.name)：unions.csv 填报会员人数 \(declared)，名册中会员 \(roster[index]) 人；计算比例时以填报人数为准。")
            }
        }
    }
}
