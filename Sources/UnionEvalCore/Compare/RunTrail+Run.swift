extension RunTrail {
    /// The trail of a run. `peopleDigests` are the records' member-list digests (`peopleDigests(of:)`),
    /// taken while the lists were still held; nil leaves them out.
    public init(
        run: EvaluationRun, criteria: Criteria, context: RunContext, nomination: ActivistNomination?, peopleDigests: [UInt32]?
    ) {
        let data = run.data
        let folder = context.inputFolder
        inputFolder = folder
        indicators = criteria.indicators.map { indicator in
            IndicatorDefinition(
                id: indicator.id, name: indicator.name, dimension: criteria.dimensions[indicator.dimension].name,
                maximum: indicator.maximumText, rule: indicator.ruleDescription(in: criteria))
        }
        units = data.unions.map(\.name)
        categories = criteria.categories.map(\.name)
        levels = criteria.levels.levels.map(\.name)
        outcomes = criteria.outcomes
        let credits = run.evaluation.recordCredits
        creditLists = credits.patterns.map { pattern in
            pattern.map { credit in
                Credit(
                    indicator: criteria.indicators[credit.indicator].id, points: credit.points, counted: credit.counted,
                    note: credit.note.text(in: criteria, indicator: credit.indicator))
            }
        }
        var tables: [LedgerTable] = []
        var tableOfFile: [Int: Int] = [:]
        let hasCredits = credits.patternOfRecord.count == data.records.count
        for (index, record) in data.records.enumerated() {
            let table: Int
            if let known = tableOfFile[record.file] {
                table = known
            } else {
                table = tables.count
                tableOfFile[record.file] = table
                let input = data.files[record.file]
                tables.append(LedgerTable(
                    file: Self.relative(input.file, to: folder), sheet: input.sheet, lines: [], units: [], dates: [], names: [],
                    categories: [], levels: [], outcomes: [], declared: [], people: [],
                    peopleDigests: peopleDigests == nil ? nil : [], credits: []))
            }
            tables[table].append(
                record, name: data.name(of: record), digest: peopleDigests.map { Int($0[index]) },
                credits: hasCredits ? Int(credits.patternOfRecord[index]) : 0)
        }
        ledger = tables
        rejected = data.rejectedLedgerRows.map { row in
            let input = data.files[row.file]
            return RejectedRow(
                file: Self.relative(input.file, to: folder), sheet: input.sheet, line: row.line,
                unit: row.union.map { data.unions[$0].name }, date: row.date, name: row.name, category: row.category,
                reason: row.reason)
        }
        office = OfficeEntry.entries(of: data, criteria: criteria, inputFolder: folder)
        people = nomination.map { People(data: data, nomination: $0) }
    }

    /// A path as the office names it, without the input folder it was read from: runs on copies of a
    /// folder name the same file alike.
    static func relative(_ path: String, to folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Each record's member list as a 32-bit FNV-1a digest of its member numbers' staff IDs, in the
    /// order written; needs the data before its member lists are handed over.
    public static func peopleDigests(of data: YearData) -> [UInt32] {
        let staffIDs = data.members.map { Array($0.staffID.utf8) }
        return data.records.map { record in
            var hash: UInt32 = 2_166_136_261
            for member in data.people(of: record) {
                for byte in staffIDs[Int(member)] { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
                hash = (hash ^ 0x3B) &* 16_777_619
            }
            return hash
        }
    }
}

extension RunTrail.LedgerTable {
    mutating func append(_ record: ActivityRecord, name: String, digest: Int?, credits: Int) {
        lines.append(record.line)
        units.append(record.union)
        dates.append(record.date.description)
        names.append(name)
        categories.append(record.category)
        levels.append(record.level.rawValue)
        outcomes.append(record.outcome ?? -1)
        declared.append(record.declaredParticipants ?? -1)
        people.append(Int(record.organizerCount + record.participantCount))
        if let digest { peopleDigests?.append(digest) }
        self.credits.append(credits)
    }
}

extension RunTrail.People {
    init(data: YearData, nomination: ActivistNomination) {
        for (member, score) in nomination.scores.enumerated() {
            let decision = nomination.decisions[member]
            guard score.points > .zero || decision == .nominated else { continue }
            let person = data.members[member]
            staffIDs.append(person.staffID)
            names.append(person.name)
            units.append(data.unions[person.union].name)
            points.append(score.points)
            decisions.append(decision.chineseLabel)
            reasons.append(decision.reasonText)
        }
    }
}
