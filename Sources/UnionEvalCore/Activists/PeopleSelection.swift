/// The people's list as the selection steps pass it on: each member's decision, the units' quotas, the
/// eligible candidates of each unit best first, and what each step said about whom. Every step takes
/// the list as it stands and records its decisions here, which 候选人明细, `explain --person` and
/// results.json read.
public struct PeopleSelection: Sendable {
    /// Indexed by member.
    public var decisions: [NominationDecision]
    /// Indexed by union.
    public var quotas: [UnitQuota]
    /// Per union, the eligible candidates, best first (points, then organising, then taking part).
    public var ranked: [[Int]]
    /// Member → what a step changed for them and why, in the order it happened.
    public var notes: [Int: [String]] = [:]
    /// How each composition limit came out.
    public var limits: [CompositionOutcome] = []
    /// What the ballot and 公示 did to the list as a whole, in sentences for the 推荐名单 sheet and the
    /// run's summary ("公示期满，无异议。").
    public var statements: [String] = []

    /// Each member's points, for the order of candidates.
    let scores: [PersonScore]
    /// Whether a member may be brought onto the list in someone's place (a composition swap, a 递补):
    /// not when they failed the ballot, had no ballot where one is required, or an objection against
    /// them was upheld. Everyone may, until the ballot and objections say otherwise.
    public var mayJoin: [Bool]

    public init(scores: [PersonScore], quotas: [UnitQuota]) {
        self.scores = scores
        decisions = Array(repeating: .quotaFull, count: scores.count)
        mayJoin = Array(repeating: true, count: scores.count)
        self.quotas = quotas
        ranked = Array(repeating: [], count: quotas.count)
    }

    /// Nominated members, in unions.csv order then rank within the unit.
    public var nominees: [Int] { ranked.flatMap { $0.filter { decisions[$0] == .nominated } } }

    mutating func note(_ member: Int, _ text: String) { notes[member, default: []].append(text) }

    /// The units' nominated and tied counts, after a step moved people.
    mutating func recountQuotas() {
        for union in quotas.indices {
            quotas[union].nominated = ranked[union].filter { decisions[$0] == .nominated }.count
            quotas[union].tied = ranked[union].filter { decisions[$0] == .tied }.count
        }
    }

    /// Candidates not on the list who could come on in someone's place, best first.
    func waiting(in union: Int) -> [Int] {
        ranked[union].filter { (decisions[$0] == .quotaFull || decisions[$0] == .tied) && mayJoin[$0] }
    }

    /// A place `vacated` left: with `vacancy: next`, the unit's best waiting candidate comes on (递补).
    /// When several are equal on every count, they are all 并列待定 for the unit to choose, and said so on
    /// each; with none, the place stays vacant. `afterPublicity`: the place came free after 公示, so who
    /// fills it was not on the public list. Returns who came on.
    @discardableResult
    mutating func fillPlace(
        of vacated: Int, union: Int, vacancy: Vacancy, because reason: String, afterPublicity: Bool = false, describe: (Int) -> String
    ) -> Int? {
        guard vacancy == .next else {
            note(vacated, "名额空缺（评分标准规定不递补）")
            return nil
        }
        let waiting = waiting(in: union)
        guard let next = waiting.first else {
            note(vacated, "名额空缺：本单位没有符合条件的候选人可递补")
            return nil
        }
        let equal = waiting.filter { QuotaCutStep.key(scores[$0]) == QuotaCutStep.key(scores[next]) }
        if equal.count > 1 {
            let names = equal.map(describe).joined(separator: "、")
            note(vacated, "名额由本单位在得分、组织次数和参与次数都相同的 \(names) 中确定一人递补")
            for member in equal {
                decisions[member] = .tied
                note(member, "因\(reason)可递补，与 \(equal.filter { $0 != member }.map(describe).joined(separator: "、")) 并列，由本单位确定")
            }
            return nil
        }
        decisions[next] = .nominated
        note(next, "因\(reason)，按得分递补" + (afterPublicity ? "（未经原公示，须另行公示）" : ""))
        return next
    }

    /// "姓名（工号）", as notes name people.
    static func describe(_ member: Int, in data: YearData) -> String {
        "\(data.members[member].name)（\(data.members[member].staffID)）"
    }
}

/// One named step of the people's selection.
protocol SelectionStep {
    func apply(to selection: inout PeopleSelection)
}
