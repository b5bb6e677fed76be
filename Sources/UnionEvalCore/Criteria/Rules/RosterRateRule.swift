/// `roster_rate`: a share the roster shows, by bands or in proportion to a target: the unit's roster rows
/// whose `of` column holds the value (`of: {会员: 是}`, 入会率; `of: {缴纳会费: 是}`), among the rows `among`
/// selects (every row of the unit by default; `among: {会员: 是}` for a rate among members).
/// "教职工入会率达100%得2分".
struct RosterRateRule: ScoringRule {
    static let name = "roster_rate"
    static let keys: Set<String> = ["of", "among", "bands", "linear_target"]

    /// One roster column and the value it must hold; the columns rosters say yes or no in.
    struct Condition: Sendable, Hashable {
        enum Column: String, Sendable, CaseIterable {
            case member = "会员"
            case paysDues = "缴纳会费"
        }

        var column: Column
        var value: Bool

        func holds(for member: Member) -> Bool {
            switch column {
            case .member: return member.isMember == value
            case .paysDues: return member.paysDues == value
            }
        }

        var text: String { "“\(column.rawValue)”为“\(value ? "是" : "否")”" }
    }

    let of: Condition
    let among: Condition?
    let scale: RateScale

    var match: RecordMatch? { nil }

    static func parse(_ indicator: RuleParsing, log: inout DiagnosticLog) -> RosterRateRule? {
        guard let of = indicator.required("of", condition("of", in: indicator.map, log: &log), log: &log),
            let scale = RateScale.parse(indicator.map, maximum: indicator.maximum, percent: true, log: &log)
        else { return nil }
        let among = indicator.map["among"] == nil ? nil : condition("among", in: indicator.map, log: &log)
        if indicator.map["among"] != nil && among == nil { return nil }
        return RosterRateRule(of: of, among: among, scale: scale)
    }

    /// `{会员: 是}`: one column the roster says yes or no in, and the value; nil when logged.
    static func condition(_ key: String, in map: YAMLMapping, log: inout DiagnosticLog) -> Condition? {
        guard let node = map[key] else { return nil }
        let location = YAMLMapping.location(of: node, file: map.file)
        let allowed = Condition.Column.allCases.map(\.rawValue).joined(separator: "、")
        guard let pairs = node.mapping, pairs.count == 1, let pair = pairs.first, let name = pair.key.string,
            let text = pair.value.string
        else {
            log.error("E-CRITERIA-TYPE", at: location, "“\(map.childPath(key))”应写成 {列名: 是} 的形式，如 {会员: 是}（可用的列：\(allowed)）。")
            return nil
        }
        guard let column = Condition.Column(rawValue: name.trimmingWhitespace()) else {
            log.error("E-CRITERIA-REFERENCE", at: location, raw: name, "“\(map.childPath(key))”中的“\(name)”不能用于比例：可用的名册列为 \(allowed)。")
            return nil
        }
        guard let value = YearDataLoader.yesOrNo(text.trimmingWhitespace()) else {
            log.error("E-CRITERIA-TYPE", at: location, raw: text, "“\(map.childPath(key)).\(name)”应为“是”或“否”。")
            return nil
        }
        return Condition(column: column, value: value)
    }

    func describe(maximum: Points, in criteria: Criteria) -> String {
        let base = among.map { "名册中\($0.text)的人数" } ?? "名册人数"
        return "比例 = 名册中\(among.map { "\($0.text)且" } ?? "")\(of.text)的人数 ÷ \(base)；\(scale.describe(maximum: maximum, percent: true))"
    }

    func score(_ indicator: IndicatorContext, scorer: inout Scorer) -> IndicatorScore {
        var base = 0
        var count = 0
        var stated = false
        for member in scorer.data.members where member.union == indicator.union {
            if of.column == .paysDues && member.paysDues != nil { stated = true }
            guard among?.holds(for: member) ?? true else { continue }
            base += 1
            if of.holds(for: member) { count += 1 }
        }
        if of.column == .paysDues && !stated {
            return IndicatorScore(points: .zero, measured: "—（名册中本单位没有填写“缴纳会费”）")
        }
        guard base > 0 else { return IndicatorScore(points: .zero, measured: "—（名册中没有本单位的人员）") }
        let points = scale.points(numerator: count * 1000, denominator: base, maximum: indicator.maximum)
        return IndicatorScore(points: points, measured: "\(Scorer.percent(count, of: base))（\(count)/\(base)）")
    }
}
