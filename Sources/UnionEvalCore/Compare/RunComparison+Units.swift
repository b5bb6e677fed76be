extension RunComparison {
    /// Units matched by name; each one's total change split into dimensions, office points and the
    /// rubric's weighting (which add up to it exactly), and its indicators' changes with their causes.
    mutating func compareUnits() {
        let (oldUnits, newUnits) = (old.document.unitsByName, new.document.unitsByName)
        var names = new.document.units.map(\.union)
        names += old.document.units.map(\.union).filter { newUnits[$0] == nil }
        dimensionNames = Self.ordered(
            (new.document.trail?.indicators.map(\.dimension) ?? []) + (old.document.trail?.indicators.map(\.dimension) ?? [])
                + new.document.units.flatMap { $0.dimensions.keys.sorted() } + old.document.units.flatMap { $0.dimensions.keys.sorted() })
        let indicatorOrder = Self.ordered(
            (new.document.trail?.indicators.map(\.id) ?? []) + (old.document.trail?.indicators.map(\.id) ?? [])
                + new.document.units.flatMap { $0.indicators.keys.sorted() } + old.document.units.flatMap { $0.indicators.keys.sorted() })
        let indicatorNames = Dictionary(
            ((old.document.trail?.indicators ?? []) + (new.document.trail?.indicators ?? [])).map { ($0.id, "\($0.id) \($0.name)") },
            uniquingKeysWith: { _, last in last })
        let dimensionOfIndicator = Dictionary(
            ((old.document.trail?.indicators ?? []) + (new.document.trail?.indicators ?? [])).map { ($0.id, $0.dimension) },
            uniquingKeysWith: { _, last in last })
        let ledgerTrails = (TrailIndex(old), TrailIndex(new))
        let changedDefinitions = Set(definitionChanges.map(\.indicator))

        var unitChanges: [UnitChange] = []
        var unreadableLedgers = Set<String>()
        for name in names {
            let before = oldUnits[name]
            let after = newUnits[name]
            let total = (after?.total ?? .zero) - (before?.total ?? .zero)
            let dimensions = dimensionNames.map { (after?.dimensions[$0] ?? .zero) - (before?.dimensions[$0] ?? .zero) }
            let bonus = (after?.bonus ?? .zero) - (before?.bonus ?? .zero)
            let deduction = (after?.deduction ?? .zero) - (before?.deduction ?? .zero)
            let weighting = total - dimensions.reduce(.zero, +) - bonus + deduction

            var ledgerChanges: [LedgerDiff.Change] = []
            if !acrossYears, let oldTrail = ledgerTrails.0, let newTrail = ledgerTrails.1 {
                do {
                    ledgerChanges = LedgerDiff(
                        old: try oldTrail.rows(of: name), new: try newTrail.rows(of: name),
                        rejectedOld: oldTrail.rejected[name] ?? [:], rejectedNew: newTrail.rejected[name] ?? [:]
                    ).changes
                } catch {
                    unreadableLedgers.insert(name)
                }
            }
            // Without both trails an entry's absence says nothing: no office entry is compared then.
            var officeChanges: [OfficeChange] = []
            if let oldTrail = old.document.trail, let newTrail = new.document.trail {
                officeChanges = Self.officeChanges(old: oldTrail.office.filter { $0.unit == name }, new: newTrail.office.filter { $0.unit == name })
            }

            var rows: [IndicatorChange] = []
            for id in indicatorOrder {
                let oldPoints = before?.indicators[id]?.points
                let newPoints = after?.indicators[id]?.points
                let change = (newPoints ?? .zero) - (oldPoints ?? .zero)
                var causes = Self.causes(
                    of: id, definitionChanged: changedDefinitions.contains(id) && before != nil && after != nil,
                    ledgerChanges: ledgerChanges, officeChanges: officeChanges)
                // Only indicators whose points moved: a row that changed a count and not the points is on 台账变化.
                guard change != .zero else { continue }
                if before?.members != after?.members, let from = before?.members, let to = after?.members {
                    causes.append(Cause(kind: "会员人数", text: "会员人数 \(from) → \(to)，影响按人数计算的指标", oldPlace: "", newPlace: ""))
                }
                if causes.isEmpty {
                    causes.append(Cause(kind: "无法确定", text: Self.unknownCause(before: before, after: after, trails: ledgerTrails, acrossYears: acrossYears), oldPlace: "", newPlace: ""))
                }
                rows.append(IndicatorChange(
                    unit: name, indicator: indicatorNames[id] ?? id, old: oldPoints, new: newPoints, change: change, causes: causes))
            }
            // A dimension's cap can keep its subtotal from following its indicators.
            for (index, dimension) in dimensionNames.enumerated() {
                let fromIndicators = indicatorOrder.filter { dimensionOfIndicator[$0] == dimension }.reduce(Points.zero) {
                    $0 + ((after?.indicators[$1]?.points ?? .zero) - (before?.indicators[$1]?.points ?? .zero))
                }
                let capped = dimensions[index] - fromIndicators
                guard capped != .zero, before != nil, after != nil else { continue }
                rows.append(IndicatorChange(
                    unit: name, indicator: "\(dimension)（维度小计）", old: before?.dimensions[dimension], new: after?.dimensions[dimension],
                    change: capped,
                    causes: [Cause(kind: "封顶", text: "维度小计受满分封顶或“不得分”限制，指标分的变化中有 \(capped.signedText) 分的差额", oldPlace: "", newPlace: "")]))
            }
            // Office points as they count in the total: a deduction of 3.0 is -3.0, and lowering it to 1.0 is +2.0.
            for (label, change, kind) in [("校工会加分", bonus, "加分"), ("校工会扣分（计入总分）", -deduction, "扣分")] where change != .zero {
                let causes = officeChanges.filter { $0.indicator == nil && $0.subject.hasPrefix(kind) }.map(\.cause)
                rows.append(IndicatorChange(
                    unit: name, indicator: label, old: kind == "加分" ? before?.bonus : before.map { -$0.deduction },
                    new: kind == "加分" ? after?.bonus : after.map { -$0.deduction }, change: change,
                    causes: causes.isEmpty ? [Cause(kind: "无法确定", text: "加减分数据中找不到对应的变化", oldPlace: "", newPlace: "")] : causes))
            }
            if weighting != .zero, before != nil, after != nil {
                rows.append(IndicatorChange(
                    unit: name, indicator: "加权合成或分组折算", old: nil, new: nil, change: weighting,
                    causes: [Cause(kind: "合成", text: "总分由各维度按评分标准加权合成或分组折算，与各维度变化之和相差 \(weighting.signedText) 分", oldPlace: "", newPlace: "")]))
            }
            let decisionCauses = officeChanges.filter {
                $0.indicator == nil && !$0.subject.hasPrefix("加分") && !$0.subject.hasPrefix("扣分")
            }
            for office in decisionCauses {
                rows.append(IndicatorChange(unit: name, indicator: "—", old: nil, new: nil, change: .zero, causes: [office.cause]))
            }
            for ledgerChange in ledgerChanges where !indicatorOrder.contains(where: { LedgerDiff.effect(of: ledgerChange, on: $0) != nil }) {
                // A row that counted toward nothing in either run: listed, with no indicator.
                ledger.append(LedgerChange(unit: name, change: ledgerChange, effects: "不影响得分"))
            }
            for ledgerChange in ledgerChanges {
                let effects = indicatorOrder.compactMap { id in LedgerDiff.effect(of: ledgerChange, on: id).map { "\(id) \($0.text)" } }
                if !effects.isEmpty { ledger.append(LedgerChange(unit: name, change: ledgerChange, effects: effects.joined(separator: "；"))) }
            }
            indicators += rows
            let main = rows.filter { $0.change != .zero }.sorted { abs($0.change.tenths) > abs($1.change.tenths) }.prefix(3)
            unitChanges.append(UnitChange(
                unit: name, old: before, new: after, totalChange: total, dimensionChanges: dimensions, bonusChange: bonus,
                deductionChange: deduction, weightingChange: weighting,
                mainCauses: main.isEmpty && before != nil && after != nil && before!.rank != after!.rank
                    ? "本单位得分未变，名次随其他单位的变化而变"
                    : main.map { "\($0.indicator) \($0.change.signedText)" }.joined(separator: "；")))
        }
        if !unreadableLedgers.isEmpty {
            notes.append("\(LedgerTrail.fileName) 有损坏的行，以下单位的台账未逐条对照：\(unreadableLedgers.sorted().joined(separator: "、"))。")
        }
        units = unitChanges.enumerated().sorted { lhs, rhs in
            let (a, b) = (abs(lhs.element.totalChange.tenths), abs(rhs.element.totalChange.tenths))
            return a != b ? a > b : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// What moved one indicator of a unit: its changed definition first, then each ledger row's effect on
    /// it, then the office's entries about it.
    static func causes(
        of indicator: String, definitionChanged: Bool, ledgerChanges: [LedgerDiff.Change], officeChanges: [OfficeChange]
    ) -> [Cause] {
        var causes: [Cause] = []
        if definitionChanged {
            causes.append(Cause(kind: "评分标准", text: "本指标的定义有变化（见“评分标准变化”），分值变化不归因于本单位", oldPlace: "", newPlace: ""))
        }
        for change in ledgerChanges {
            // A changed definition recounts its records: the rubric is the cause, said once above.
            if change.kind == .recounted && definitionChanged { continue }
            guard let effect = LedgerDiff.effect(of: change, on: indicator) else { continue }
            let row = change.new ?? change.old!
            causes.append(Cause(
                kind: change.kind.rawValue, text: "\(row.date) \(row.name)（\(row.category)）：\(effect.text)",
                points: effect.points, oldPlace: change.old?.place ?? "", newPlace: change.new?.place ?? ""))
        }
        return causes + officeChanges.filter { $0.indicator == indicator }.map(\.cause)
    }

    static func unknownCause(
        before: ResultsDocument.UnitResult?, after: ResultsDocument.UnitResult?, trails: (TrailIndex?, TrailIndex?), acrossYears: Bool
    ) -> String {
        if before == nil { return "上次运行没有这个单位" }
        if after == nil { return "本次运行没有这个单位" }
        if acrossYears { return "不同年度的台账不逐条对照" }
        if trails.0 == nil || trails.1 == nil { return "缺少逐条记录（较早版本的 results.json 或缺少 \(LedgerTrail.fileName)），无法确定原因" }
        return "两次运行的记录和校工会数据中找不到这一变化的原因"
    }

    /// Names in first-seen order, each once.
    static func ordered(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
