extension RunComparison {
    /// One run's ledger trail by unit: its rows, read from the ledger file when asked for, and its unused
    /// rows by place.
    struct TrailIndex: Sendable {
        let trail: RunTrail
        let ledger: LedgerTrail.Reader
        let unitIndex: [String: Int]
        var rejected: [String: [String: LedgerDiff.Unused]] = [:]

        init?(_ side: Side) {
            guard let trail = side.document.trail, let ledger = side.ledger else { return nil }
            self.trail = trail
            self.ledger = ledger
            unitIndex = Dictionary(trail.units.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            for row in trail.rejected {
                let unused = LedgerDiff.Row(
                    file: row.file, sheet: row.sheet, line: row.line, date: row.date, name: row.name, category: row.category, level: "",
                    outcome: "", declared: -1, people: 0, peopleDigest: nil, credits: [])
                rejected[row.unit ?? "", default: [:]][unused.place] = LedgerDiff.Unused(row: unused, reason: row.reason)
            }
        }

        /// The unit's rows; a ledger file that cannot be read is said, not taken as empty.
        func rows(of unit: String) throws -> [LedgerDiff.Row] {
            guard let index = unitIndex[unit] else { return [] }
            return try ledger.rows(ofUnit: index, trail: trail)
        }
    }

    /// An office entry that one run has and the other has not, or has with another value.
    struct OfficeChange: Sendable {
        var indicator: String?
        var subject: String
        var cause: Cause
    }

    /// Entries paired by source and subject: a changed value is one change ("8.0 分 → 9.0 分").
    static func officeChanges(old: [RunTrail.OfficeEntry], new: [RunTrail.OfficeEntry]) -> [OfficeChange] {
        struct Key: Hashable {
            var source: String
            var indicator: String?
            var subject: String
        }
        func place(_ entry: RunTrail.OfficeEntry) -> String { "\(entry.file) 第 \(entry.line) 行" }
        var remaining = Dictionary(grouping: new) { Key(source: $0.source, indicator: $0.indicator, subject: $0.subject) }
        var changes: [OfficeChange] = []
        for entry in old {
            let key = Key(source: entry.source, indicator: entry.indicator, subject: entry.subject)
            if var partners = remaining[key], !partners.isEmpty {
                let partner = partners.removeFirst()
                remaining[key] = partners
                guard partner.value != entry.value else { continue }
                changes.append(OfficeChange(
                    indicator: entry.indicator, subject: entry.subject,
                    cause: Cause(
                        kind: entry.source, text: "\(entry.subject)：\(entry.value) → \(partner.value)",
                        // Only an adjustment's points go into the total as they are; a reviewer's or a
                        // self-score is combined with others by the rubric, so its difference is not the indicator's.
                        points: entry.points.flatMap { before in partner.points.map { $0 - before } },
                        oldPlace: place(entry), newPlace: place(partner))))
            } else {
                changes.append(OfficeChange(
                    indicator: entry.indicator, subject: entry.subject,
                    cause: Cause(kind: entry.source, text: "删除：\(entry.subject)（\(entry.value)）", oldPlace: place(entry), newPlace: "")))
            }
        }
        for entry in new {
            let key = Key(source: entry.source, indicator: entry.indicator, subject: entry.subject)
            guard let left = remaining[key], let position = left.firstIndex(of: entry) else { continue }
            remaining[key]!.remove(at: position)
            changes.append(OfficeChange(
                indicator: entry.indicator, subject: entry.subject,
                cause: Cause(kind: entry.source, text: "新增：\(entry.subject)（\(entry.value)）", oldPlace: "", newPlace: place(entry))))
        }
        return changes
    }

    /// Indicators added, removed or defined otherwise; a changed rubric file whose indicators all read
    /// the same is said too.
    static func definitionChanges(_ old: RunTrail?, _ new: RunTrail?, criteriaChanged: Bool) -> [DefinitionChange] {
        guard let old, let new else {
            return criteriaChanged
                ? [DefinitionChange(indicator: "—", change: "评分标准文件不同", old: "", new: "较早版本的 results.json 没有指标定义，无法逐项对照")] : []
        }
        func text(_ definition: RunTrail.IndicatorDefinition) -> String {
            "\(definition.id) \(definition.name)（\(definition.dimension)，\(definition.maximum)）：\(definition.rule)"
        }
        let oldByID = Dictionary(old.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(new.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [DefinitionChange] = []
        for definition in new.indicators {
            guard let before = oldByID[definition.id] else {
                changes.append(DefinitionChange(indicator: definition.id, change: "新增指标", old: "", new: text(definition)))
                continue
            }
            if before != definition {
                changes.append(DefinitionChange(indicator: definition.id, change: "定义变化", old: text(before), new: text(definition)))
            }
        }
        for definition in old.indicators where newByID[definition.id] == nil {
            changes.append(DefinitionChange(indicator: definition.id, change: "删除指标", old: text(definition), new: ""))
        }
        if changes.isEmpty && criteriaChanged {
            changes.append(DefinitionChange(
                indicator: "—", change: "评分标准文件不同", old: "", new: "各指标的名称、满分和计分规则相同（变化在指标以外，如名额、等次或积极分子规则）"))
        }
        return changes
    }
}
