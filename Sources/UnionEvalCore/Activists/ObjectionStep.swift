/// Objections after 公示 (objections.csv): one upheld against a nominee takes them off the final list,
/// the place filled or left vacant as `vacancy` says; one not upheld is recorded beside the name. With
/// the file given, the list then says 公示期满，无异议, or what was upheld.
struct ObjectionStep: SelectionStep {
    let rules: ActivistRules
    let data: YearData

    func apply(to selection: inout PeopleSelection) {
        guard data.objectionsFile != nil else { return }
        for objection in data.objections where objection.upheld { selection.mayJoin[objection.candidate] = false }
        var removed: [String] = []
        for objection in data.objections {
            let person = data.members[objection.candidate]
            if objection.upheld && selection.decisions[objection.candidate].isIneligible {
                // Already off the list for its own reasons, which stay; the finding is noted beside them.
                selection.note(objection.candidate, "公示期间异议成立（\(objection.reason)）")
            } else if objection.upheld {
                let wasNominated = selection.decisions[objection.candidate] == .nominated
                selection.decisions[objection.candidate] = .objectionUpheld(objection.reason)
                if wasNominated {
                    removed.append("\(data.unions[person.union].name) \(person.name)（\(objection.reason)）")
                    selection.fillPlace(
                        of: objection.candidate, union: person.union, vacancy: rules.vacancy, because: "\(person.name)的公示异议成立", afterPublicity: true,
                        describe: { PeopleSelection.describe($0, in: data) })
                }
            } else {
                selection.note(objection.candidate, "公示期间有异议（\(objection.reason)），经核实不成立")
            }
        }
        selection.statements.append(PublicityStatement.text(subject: "", objections: data.objections, removed: removed, removal: "已从名单中撤下"))
        selection.recountQuotas()
    }
}
