/// Who may be nominated at all: members only, not excluded by the office, not in an excluded role or
/// roster value, enough activities, long enough in the union, not honoured in the last years. Every
/// rule a member fails is recorded with its reason.
struct EligibilityStep: SelectionStep {
    let data: YearData
    let rules: ActivistRules
    let scores: [PersonScore]
    let honours: HonourHistory

    func apply(to selection: inout PeopleSelection) {
        let exclusions = Dictionary(grouping: data.exclusions, by: \.member)
        for member in data.members.indices {
            let reasons = ineligibility(of: member, exclusions: exclusions[member] ?? [])
            if !reasons.isEmpty { selection.decisions[member] = .ineligible(reasons) }
        }
    }

    /// Every rule a member fails, each with its reason.
    func ineligibility(of member: Int, exclusions: [Exclusion]) -> [Ineligibility] {
        let person = data.members[member]
        let score = scores[member]
        var reasons: [Ineligibility] = []
        if rules.membersOnly && !person.isMember { reasons.append(.notMember) }
        for exclusion in exclusions {
            reasons.append(.excluded(reason: exclusion.reason))
        }
        if let role = person.role, rules.excludedRoles.contains(role) { reasons.append(.excludedRole(role)) }
        for (column, values) in rules.columnExclusions.sorted(by: { $0.key < $1.key }) {
            if let value = data.rosterValues[column]?[member], values.contains(value) {
                reasons.append(.excludedByColumn(column: column, value: value))
            }
        }
        if score.activityCount < rules.minimumActivities {
            reasons.append(.tooFewActivities(count: score.activityCount, minimum: rules.minimumActivities))
        } else if score.points <= .zero {
            reasons.append(.noPoints)
        }
        if let minimum = rules.minimumTenureMonths, let joined = person.joinDate, let reference = rules.tenureReferenceDate {
            let months = joined.wholeMonths(until: reference)
            if months < minimum { reasons.append(.tenure(months: months, minimum: minimum)) }
        }
        if let awards = honours.awards[person.staffID], let latest = awards.last {
            reasons.append(.honouredBefore(years: awards.map(\.year), title: latest.honour.title))
        }
        return reasons
    }
}
