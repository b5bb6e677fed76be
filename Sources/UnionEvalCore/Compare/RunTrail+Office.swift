extension RunTrail.OfficeEntry {
    /// Every row of the office's files that touches a unit or a person. An entry's `subject` stays the
    /// same when only its value is corrected (a reviewer's score, an adjustment's points), so that a
    /// comparison can say "8.0 → 9.0" rather than one removed and one added.
    static func entries(of data: YearData, criteria: Criteria, inputFolder: String) -> [Self] {
        func place(_ location: SourceLocation) -> (String, Int) {
            let file = RunTrail.relative(location.file, to: inputFolder)
            return (location.sheet.map { "\(file)[\($0)]" } ?? file, location.line)
        }
        func indicatorID(_ target: ScoreTarget?) -> String? {
            if case .indicator(let index) = target { return criteria.indicators[index].id }
            return nil
        }
        func targetLabel(_ target: ScoreTarget?) -> String {
            target.map { "，\($0.label(in: criteria))" } ?? ""
        }
        func entry(
            _ source: String, _ unit: Int, _ target: ScoreTarget?, _ subject: String, _ value: String, _ at: SourceLocation,
            points: Points? = nil, person: Int? = nil
        ) -> Self {
            let (file, line) = place(at)
            return Self(
                source: source, unit: data.unions[unit].name, indicator: indicatorID(target), subject: subject, value: value,
                points: points, person: person.map { data.members[$0].staffID }, file: file, line: line)
        }
        func person(_ member: Int) -> String { "\(data.members[member].name)（\(data.members[member].staffID)）" }

        var entries: [Self] = []
        for item in data.adjustments {
            let counted: Points? = item.kind == .bonus ? item.points : (item.kind == .deduction ? -item.points : nil)
            let value = counted == nil ? item.kind.rawValue : "\(item.points) 分"
            entries.append(entry(
                "加减分", item.union, item.target, "\(item.kind.rawValue)\(targetLabel(item.target))：\(item.reason)", value, item.location,
                points: counted))
        }
        for review in data.reviews {
            let reviewer = review.reviewerUnit.map { "互评 \(data.unions[$0].name)" } ?? "评审 \(review.reviewer ?? "")"
            entries.append(entry("评审打分", review.union, review.target, "\(reviewer)\(targetLabel(review.target))", "\(review.score) 分", review.location))
        }
        for score in data.selfScores {
            entries.append(entry("自评分", score.union, score.target, "自评分\(targetLabel(score.target))", "\(score.score) 分", score.location))
        }
        for occurrence in data.occurrences {
            let target = ScoreTarget.indicator(occurrence.indicator)
            let subject = "次数\(targetLabel(target))\(occurrence.kind.map { " \($0)" } ?? "")\(occurrence.date.map { " \($0)" } ?? "")"
            entries.append(entry("次数", occurrence.union, target, subject, "\(occurrence.count) 次", occurrence.location))
        }
        for exclusion in data.exclusions {
            let member = exclusion.member
            entries.append(entry(
                "排除名单", data.members[member].union, nil, "排除 \(person(member))", exclusion.reason, exclusion.location, person: member))
        }
        for ballot in data.ballots {
            let member = ballot.candidate
            entries.append(entry(
                "投票", data.members[member].union, nil, "投票 \(person(member))",
                "赞成 \(ballot.approve) 反对 \(ballot.oppose) 弃权 \(ballot.abstain)", ballot.location, person: member))
        }
        for ballot in data.unitBallots {
            entries.append(entry(
                "投票", ballot.candidate, nil, "单位投票", "赞成 \(ballot.approve) 反对 \(ballot.oppose) 弃权 \(ballot.abstain)", ballot.location))
        }
        for objection in data.objections {
            let member = objection.candidate
            entries.append(entry(
                "公示异议", data.members[member].union, nil, "异议 \(person(member))：\(objection.reason)",
                objection.upheld ? "成立" : "不成立", objection.location, person: member))
        }
        for objection in data.unitObjections {
            entries.append(entry(
                "公示异议", objection.candidate, nil, "单位异议：\(objection.reason)", objection.upheld ? "成立" : "不成立",
                objection.location))
        }
        return entries
    }
}
