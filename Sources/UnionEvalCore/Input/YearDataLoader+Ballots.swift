extension YearDataLoader {
    /// The person a cell of an office file names: a staff ID, a name the roster has once, or `姓名(工号)`;
    /// never a guess between two people of one name.
    func resolvePerson(_ row: TableRow, column: String, directory: PersonDirectory, log: inout DiagnosticLog) -> Int? {
        guard let text = row.value(column) else {
            log.error("E-VALUE-MISSING", at: row.location(column), "“\(column)”为空，本行未使用。")
            return nil
        }
        if let member = staffIDs.find(text) { return Int(member) }
        switch directory.resolve(text, unit: -1) {
        case .member(let member, _):
            return Int(member)
        case .ambiguous(let members):
            let who = members.map { directory.describe($0, unitNames: data.unions.map(\.name)) }.joined(separator: "、")
            log.error("E-PERSON-AMBIGUOUS", at: row.location(column), raw: text, "名册中有多人叫这个名字（\(who)），请写工号，本行未使用。")
            return nil
        case .unknown:
            log.error("E-PERSON-UNKNOWN", at: row.location(column), raw: text, "既不是名册中的工号，也不是名册中的姓名，本行未使用。")
            return nil
        }
    }

    /// Whether a 评选 cell means the activists (the rubric's title for them, or any 积极分子/个人).
    func namesActivists(_ text: String) -> Bool {
        text == criteria.activists?.title || text.contains("积极分子") || text == "个人"
    }

    /// Whether a 评选 cell means the units' award (the rubric's title, 先进基层工会, 单位, 集体).
    func namesUnits(_ text: String) -> Bool {
        text == criteria.title || text.contains("先进基层工会") || text.contains("职工之家") || ["单位", "集体"].contains(text)
    }

    /// votes.csv: the ballots of the activists and of the units, each 评选 with its own 应到 and 实到.
    func loadVotes(_ file: InputFile) {
        data.votesFile = file.path
        let directory = PersonDirectory(members: data.members)
        var seen: [Bool: [Int: Int]] = [:]
        read(file, role: OfficeFile.votes.chineseName, schema: Schemas.votes) { row, log in
            let kind = row.value("评选") ?? ""
            let forUnits: Bool
            if self.namesActivists(kind) {
                forUnits = false
            } else if self.namesUnits(kind) {
                forUnits = true
            } else {
                log.error(
                    "E-VOTE-KIND", at: row.location("评选"), raw: kind,
                    "“评选”应为“\(self.criteria.activists?.title ?? "工会工作积极分子")”或“\(self.criteria.title)”（先进基层工会），本行未使用。")
                return .rejected
            }
            var counts: [String: Int] = [:]
            for column in ["赞成", "反对", "弃权", "应到", "实到"] {
                guard let text = row.value(column) else { continue }
                guard let value = LedgerNumber.wholeNumber(text) else {
                    log.error("E-VOTE-COUNT", at: row.location(column), raw: text, "“\(column)”应为非负整数，本行未使用。")
                    return .rejected
                }
                counts[column] = value
            }
            if counts["应到"] != nil || counts["实到"] != nil {
                let stated = Voters(expected: counts["应到"], present: counts["实到"], location: row.location("实到"))
                if let earlier = forUnits ? self.data.unitVoters : self.data.voters,
                    earlier.expected != stated.expected || earlier.present != stated.present
                {
                    log.error(
                        "E-VOTE-VOTERS", at: row.location("实到"),
                        "应到、实到人数与第 \(earlier.location.line) 行（应到 \(earlier.expected.map(String.init) ?? "未写")，实到 \(earlier.present.map(String.init) ?? "未写")）不一致，本行未使用。")
                    return .rejected
                }
                if forUnits { self.data.unitVoters = stated } else { self.data.voters = stated }
            }
            let candidate = forUnits
                ? self.resolveUnion(row.value("对象"), in: row, log: &log)
                : self.resolvePerson(row, column: "对象", directory: directory, log: &log)
            guard let candidate else { return .rejected }
            if let line = seen[forUnits]?[candidate] {
                log.error("E-VOTE-DUPLICATE", at: row.location("对象"), raw: row.value("对象"), "第 \(line) 行已有这一对象的计票，本行未使用。")
                return .rejected
            }
            guard let approve = counts["赞成"] else {
                log.error("E-VALUE-MISSING", at: row.location("赞成"), "“赞成”为空，本行未使用。")
                return .rejected
            }
            seen[forUnits, default: [:]][candidate] = row.line
            let ballot = Ballot(candidate: candidate, approve: approve, oppose: counts["反对"] ?? 0, abstain: counts["弃权"] ?? 0, location: row.location("赞成"))
            if forUnits { self.data.unitBallots.append(ballot) } else { self.data.ballots.append(ballot) }
            return .used
        }
        checkCounts(data.ballots, voters: data.voters, file: file)
        checkCounts(data.unitBallots, voters: data.unitVoters, file: file)
    }

    /// A ballot without its voters cannot be judged; one with more votes than voters present is miscounted.
    private func checkCounts(_ ballots: [Ballot], voters: Voters?, file: InputFile) {
        guard !ballots.isEmpty else { return }
        guard let voters, voters.present != nil || voters.expected != nil else {
            log.error(
                "E-VOTE-VOTERS", at: SourceLocation(file: file.path),
                "投票结果没有写应到、实到人数（每项评选写在任意一行即可），无法判断是否通过。")
            return
        }
        for ballot in ballots {
            let cast = ballot.approve + ballot.oppose + ballot.abstain
            if let present = voters.present, cast > present {
                log.error(
                    "E-VOTE-COUNT", at: ballot.location, raw: "\(cast)",
                    "赞成、反对、弃权合计 \(cast) 票，超过实到人数 \(present)；请核对计票。")
            }
        }
    }

    /// objections.csv: what was raised during 公示 against a nominee (a person, or a unit named as
    /// unions.csv names it) and whether it was upheld.
    func loadObjections(_ file: InputFile) {
        data.objectionsFile = file.path
        let directory = PersonDirectory(members: data.members)
        read(file, role: OfficeFile.objections.chineseName, schema: Schemas.objections) { row, log in
            let unit = row.value("对象").flatMap { self.unionIndex[$0] }
            let candidate = unit ?? self.resolvePerson(row, column: "对象", directory: directory, log: &log)
            guard let candidate else { return .rejected }
            guard let reason = row.value("事由") else {
                log.error("E-VALUE-MISSING", at: row.location("事由"), "“事由”为空，本行未使用。")
                return .rejected
            }
            let finding = row.value("结论") ?? ""
            let upheld: Bool
            switch finding {
            case "成立", "属实", "是": upheld = true
            case "不成立", "不属实", "否": upheld = false
            default:
                log.error("E-OBJECTION-FINDING", at: row.location("结论"), raw: finding, "“结论”应为“成立”或“不成立”，本行未使用。")
                return .rejected
            }
            let objection = Objection(
                candidate: candidate, reason: reason, upheld: upheld, date: self.optionalDate(row, "日期", log: &log), location: row.location("结论"))
            if unit != nil { self.data.unitObjections.append(objection) } else { self.data.objections.append(objection) }
            return .used
        }
    }
}
