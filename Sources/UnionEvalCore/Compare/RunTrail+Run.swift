extension RunTrail {
    /// The trail of a run; its ledger rows are written apart (`LedgerTrail`).
    public init(run: EvaluationRun, criteria: Criteria, context: RunContext, nomination: ActivistNomination?) {
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
        tables = data.files.map { Table(file: Self.relative($0.file, to: folder), sheet: $0.sheet) }
        ledgerFile = LedgerTrail.fileName
        ledgerRows = data.records.count
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
