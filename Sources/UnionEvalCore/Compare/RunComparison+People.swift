extension RunComparison {
    /// People who joined or left the list, matched by 工号, with the reason each way: their points and
    /// the selection step that decided (quota, composition, history, vote, objection).
    mutating func comparePeople() {
        let oldList = Set((old.document.nominations ?? []).map(\.staffID))
        let newList = Set((new.document.nominations ?? []).map(\.staffID))
        let oldPeople = PeopleIndex(old.document)
        let newPeople = PeopleIndex(new.document)
        let (oldUnits, newUnits) = (old.document.unitsByName, new.document.unitsByName)
        let bothTrails = old.document.trail != nil && new.document.trail != nil
        let officeOld = bothTrails ? old.document.trail!.office : []
        let officeNew = bothTrails ? new.document.trail!.office : []
        var changes: [PersonChange] = []
        for staffID in Self.ordered((new.document.nominations ?? []).map(\.staffID) + (old.document.nominations ?? []).map(\.staffID)) {
            let joined = newList.contains(staffID) && !oldList.contains(staffID)
            let left = oldList.contains(staffID) && !newList.contains(staffID)
            guard joined || left else { continue }
            let before = oldPeople.people[staffID]
            let after = newPeople.people[staffID]
            let known = after ?? before
            var reasons: [String] = []
            if let from = before?.points, let to = after?.points, from != to { reasons.append("得分 \(from) → \(to)") }
            // Why not on the list in the run where they are not: that run's decision for them.
            reasons.append(left ? newPeople.whyNotListed(staffID, run: "本次") : oldPeople.whyNotListed(staffID, run: "上次"))
            // What moved around them in their unit: its quota (with the unit's own result) and its lowest listed score.
            if let unit = known?.unit {
                if let from = oldPeople.quotas[unit], let to = newPeople.quotas[unit], from != to {
                    let decisions = (oldUnits[unit]?.decision.comparisonLabel, newUnits[unit]?.decision.comparisonLabel)
                    let why = decisions.0 != decisions.1 ? "（本单位评选结果 \(decisions.0 ?? "—") → \(decisions.1 ?? "—")）" : ""
                    reasons.append("本单位名额 \(from) → \(to)\(why)")
                }
                if let from = oldPeople.lowestListed[unit], let to = newPeople.lowestListed[unit], from != to {
                    reasons.append("本单位入选最低分 \(from) → \(to)")
                }
            }
            let office = Self.officeChanges(old: officeOld.filter { $0.person == staffID }, new: officeNew.filter { $0.person == staffID })
            reasons += office.map { "\($0.cause.kind)：\($0.cause.text)" }
            changes.append(PersonChange(
                unit: known?.unit ?? "", staffID: staffID, name: known?.name ?? "", change: joined ? "新增推荐" : "不再推荐",
                oldPoints: before?.points, newPoints: after?.points, oldDecision: before?.decision ?? (oldList.contains(staffID) ? "推荐" : "—"),
                newDecision: after?.decision ?? (newList.contains(staffID) ? "推荐" : "—"), reason: reasons.joined(separator: "；")))
        }
        people = changes
    }

    /// One run's people by 工号: from the trail's candidates, else from the list itself.
    struct PeopleIndex {
        struct Person {
            var unit: String
            var name: String
            var points: Points
            var decision: String
            var reason: String
        }

        var people: [String: Person] = [:]
        var hasCandidates = false
        /// Per unit, its activists' quota and the lowest score on its list.
        var quotas: [String: Int] = [:]
        var lowestListed: [String: Points] = [:]

        /// The decision of a person this run did not list, with its reason when it says more.
        func whyNotListed(_ staffID: String, run: String) -> String {
            guard let person = people[staffID] else {
                return hasCandidates ? "\(run)没有得分，不在候选人之列" : "\(run)运行没有候选人明细，无法确定原因"
            }
            guard !person.reason.isEmpty, person.reason != person.decision else { return "\(run)\(person.decision)" }
            return "\(run)\(person.decision)：\(person.reason)"
        }

        init(_ document: ResultsDocument) {
            for nominee in document.nominations ?? [] {
                people[nominee.staffID] = Person(unit: nominee.union, name: nominee.name, points: nominee.points, decision: "推荐", reason: "")
                lowestListed[nominee.union] = min(lowestListed[nominee.union] ?? nominee.points, nominee.points)
            }
            for quota in document.activistQuotas ?? [] { quotas[quota.union] = quota.quota }
            guard let candidates = document.trail?.people else { return }
            hasCandidates = true
            for index in candidates.staffIDs.indices {
                people[candidates.staffIDs[index]] = Person(
                    unit: candidates.units[index], name: candidates.names[index], points: candidates.points[index],
                    decision: candidates.decisions[index], reason: candidates.reasons[index])
            }
        }
    }

    /// Input files matched by their path within the input folder.
    mutating func compareInputs() {
        func key(_ file: FileAccounting, _ document: ResultsDocument) -> String {
            let path = document.trail.map { RunTrail.relative(file.path, to: $0.inputFolder) } ?? file.path
            return file.sheet.map { "\(path)[\($0)]" } ?? path
        }
        let oldFiles = Dictionary(old.document.accounting.files.map { (key($0, old.document), $0) }, uniquingKeysWith: { first, _ in first })
        let newFiles = Dictionary(new.document.accounting.files.map { (key($0, new.document), $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [InputChange] = []
        for file in new.document.accounting.files {
            let name = key(file, new.document)
            let before = oldFiles[name]
            let change = before == nil ? "新增" : (before!.sha256 == file.sha256 ? "未变" : "内容变化")
            changes.append(InputChange(
                file: name, role: file.role, change: change, oldSHA256: before?.sha256 ?? "", newSHA256: file.sha256,
                oldRows: before?.rowsRead, newRows: file.rowsRead))
        }
        for file in old.document.accounting.files where newFiles[key(file, old.document)] == nil {
            changes.append(InputChange(
                file: key(file, old.document), role: file.role, change: "删除", oldSHA256: file.sha256, newSHA256: "", oldRows: file.rowsRead,
                newRows: nil))
        }
        let rank = ["内容变化": 0, "新增": 1, "删除": 2, "未变": 3]
        inputs = changes.enumerated().sorted { lhs, rhs in
            let (a, b) = (rank[lhs.element.change]!, rank[rhs.element.change]!)
            return a != b ? a < b : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
