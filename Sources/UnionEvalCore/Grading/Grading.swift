/// Gives each unit, on each list of the rubric (等次, 称号), the best entry whose every condition it
/// meets: score bands, per-dimension floors, a rank threshold (空缺 when nobody qualifies) and titles
/// held in earlier years.
public struct Grading: Sendable {
    /// One list's outcome.
    public struct Scale: Sendable {
        /// Indexed by unit.
        public var units: [UnitGrade]
        /// Entries with a rank threshold that no unit reached this year (本年度空缺), as indices.
        public var vacant: [Int]
    }

    /// Indexed like `Criteria.gradeScales`.
    public var scales: [Scale]
    public var diagnostics: [Diagnostic]

    public init(
        data: YearData, criteria: Criteria, evaluation: Evaluation, ranking: Ranking, history: History
    ) {
        var log = DiagnosticLog()
        Self.reportMissingHistory(criteria: criteria, history: history, log: &log)
        log.append(contentsOf: HistoryReader.mismatches(of: history, unions: data.unions.map(\.name), title: criteria.title))
        let dimensionMaxima = criteria.dimensions.indices.map { ScoreTarget.dimension($0).maximum(in: criteria) }
        scales = criteria.gradeScales.map { scale in
            let units = data.unions.indices.map { union in
                var shortOf: [String] = []
                for (index, grade) in scale.rules.enumerated() {
                    let failure = Self.firstFailure(
                        of: grade, unit: evaluation.units[union], name: data.unions[union].name,
                        rank: ranking.standings[union].rank, criteria: criteria, dimensionMaxima: dimensionMaxima, history: history)
                    guard let failure else { return UnitGrade(grade: index, shortOf: shortOf) }
                    shortOf.append("“\(grade.name)”：\(failure)")
                }
                return UnitGrade(grade: nil, shortOf: shortOf)
            }
            let given = Set(units.compactMap(\.grade))
            return Scale(units: units, vacant: scale.rules.indices.filter { scale.rules[$0].topRanks != nil && !given.contains($0) })
        }
        diagnostics = log.diagnostics
    }

    /// The entry's name a unit got on each list, by list: what the reports and results.json show.
    public func names(of union: Int, in criteria: Criteria) -> [GradeScale.Kind: String] {
        var names: [GradeScale.Kind: String] = [:]
        for (scale, result) in zip(criteria.gradeScales, scales) {
            if let grade = result.units[union].grade { names[scale.kind] = scale.rules[grade].name }
        }
        return names
    }

    /// Why the unit did not get each better entry of the list of `kind`; nil when the rubric has no such list.
    public func shortOf(_ union: Int, on kind: GradeScale.Kind, in criteria: Criteria) -> [String]? {
        criteria.gradeScales.firstIndex { $0.kind == kind }.map { scales[$0].units[union].shortOf }
    }

    /// The first condition of `grade` the unit misses, in words; nil when it meets them all.
    static func firstFailure(
        of grade: GradeRule, unit: UnitScore, name: String, rank: Int, criteria: Criteria, dimensionMaxima: [Points],
        history: History
    ) -> String? {
        if unit.isVetoed && !grade.allowsVetoed { return "被一票否决" }
        if let minimum = grade.minimumTotal, unit.total < minimum { return "总分 \(unit.total) 分，未达 \(minimum) 分" }
        if let floor = grade.dimensionFloorPermille {
            for (index, dimension) in criteria.dimensions.enumerated() where !dimension.isBonus && dimensionMaxima[index] > .zero {
                // Exactly: points ≥ floor‰ × maximum.
                if unit.dimensionTotals[index].tenths * 1000 < floor * dimensionMaxima[index].tenths {
                    return "“\(dimension.name)”得分 \(unit.dimensionTotals[index])，未达该项满分 \(dimensionMaxima[index]) 的 \(Points(tenths: floor))%"
                }
            }
        }
        if let top = grade.topRanks, rank > top { return "排名第 \(rank)，不在前 \(top) 名" }
        guard let year = criteria.year else {
            return grade.prerequisites.isEmpty ? nil : "评分标准未写 year，无法核对往年称号"
        }
        for prerequisite in grade.prerequisites {
            for earlier in (year - prerequisite.years)..<year {
                guard let results = history.years[earlier] else { return "缺少 \(earlier) 年评选结果，无法确认\(prerequisite.chineseDescription)" }
                guard let result = results.units[name] else { return "\(earlier) 年评选结果中没有本单位" }
                let held: Bool
                switch prerequisite.earlier {
                case .grade(let earlierGrade): held = criteria.entriesAtOrAbove(earlierGrade).contains { result.held($0) }
                case .awarded: held = result.awarded
                }
                guard held else {
                    let required = prerequisite.years == 1 ? "" : "（须连续 \(prerequisite.years) 年获得）"
                    return "\(earlier) 年未获\(Self.earlierName(prerequisite.earlier))\(required)"
                }
            }
        }
        return nil
    }

    private static func earlierName(_ earlier: GradeRule.Prerequisite.Earlier) -> String {
        switch earlier {
        case .grade(let name): return "“\(name)”"
        case .awarded: return "先进"
        }
    }

    /// One warning per earlier year the prerequisites need and the history lacks.
    private static func reportMissingHistory(criteria: Criteria, history: History, log: inout DiagnosticLog) {
        let rules = criteria.gradeScales.flatMap(\.rules)
        let longest = rules.flatMap(\.prerequisites).map(\.years).max() ?? 0
        guard longest > 0, let year = criteria.year else { return }
        let folder = history.folder.map { "历史目录 \($0) " } ?? "历史目录（run --history）"
        for earlier in (year - longest)..<year where history.years[earlier] == nil {
            let needing = rules.filter { $0.prerequisites.contains { $0.years >= year - earlier } }.map { "“\($0.name)”" }
            log.warning(
                "W-HISTORY-MISSING", at: SourceLocation(file: history.folder ?? "results.json"),
                "\(needing.joined(separator: "、"))需要核对 \(earlier) 年的评选结果，但\(folder)中没有 \(earlier) 年的 results.json，暂不能授予；请把 \(earlier) 年的输出目录放入历史目录后重新运行。")
        }
    }
}
