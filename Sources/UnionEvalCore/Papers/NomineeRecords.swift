/// The ledger records of the people a paper is about, by what each did: organised, took part in (not
/// also organising), and the awards of those records. One pass over the records for all of them, so
/// that a thousand nominees cost one walk, not a thousand.
public struct NomineeRecords: Sendable {
    public var organized: [Int] = []
    public var participated: [Int] = []
    /// Records with an award the person organised or took part in (an outcome the activists' rules give
    /// points for, as 推荐名单's 获奖 counts them), one per activity name: the one at the highest level (the
    /// earliest of equals), as an award counts once at its highest level.
    public var awards: [Int] = []

    /// For each of `members`, their records in record order. The year's ID lists must still be held.
    public static func collect(_ data: YearData, members: [Int], awarding rules: ActivistRules? = nil) -> [Int: NomineeRecords] {
        var wanted = [Bool](repeating: false, count: data.members.count)
        for member in members { wanted[member] = true }
        var found: [Int: NomineeRecords] = [:]
        for (index, record) in data.records.enumerated() {
            let organizers = data.organizers(of: record)
            for member in organizers where wanted[Int(member)] {
                found[Int(member), default: NomineeRecords()].organized.append(index)
            }
            for member in data.participants(of: record) where wanted[Int(member)] && !organizers.contains(member) {
                found[Int(member), default: NomineeRecords()].participated.append(index)
            }
        }
        for (member, records) in found {
            var best: [Int32: Int] = [:]
            for index in (records.organized + records.participated).sorted() where data.records[index].hasOutcome {
                let record = data.records[index]
                if let rules, rules.outcomePoints[record.level]?[record.outcome!] == nil { continue }
                if let kept = best[record.nameID], data.records[kept].level >= record.level { continue }
                best[record.nameID] = index
            }
            found[member]?.awards = best.values.sorted()
        }
        return found
    }
}
