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

    public init(memberCount: Int, quotas: [UnitQuota]) {
        decisions = Array(repeating: .quotaFull, count: memberCount)
        self.quotas = quotas
        ranked = Array(repeating: [], count: quotas.count)
    }

    /// Nominated members, in unions.csv order then rank within the unit.
    public var nominees: [Int] { ranked.flatMap { $0.filter { decisions[$0] == .nominated } } }

    mutating func note(_ member: Int, _ text: String) { notes[member, default: []].append(text) }
}

/// One named step of the people's selection.
protocol SelectionStep {
    func apply(to selection: inout PeopleSelection)
}
