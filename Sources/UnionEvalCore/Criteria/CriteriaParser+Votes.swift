import Yams

extension CriteriaParser {
    /// `votes: {pass: 过半数 | 2/3 | 80%, of: 实到 | 应到}` under `activists` or `award`; the activists'
    /// may add `weight: 10` (points at full approval), with or without `pass`.
    static func parseVotes(_ map: YAMLMapping, acceptsWeight: Bool, log: inout DiagnosticLog) -> VoteRule? {
        guard let votes = YAMLMapping(map["votes"], path: map.childPath("votes"), file: map.file, log: &log) else { return nil }
        votes.rejectUnknownKeys(allowed: acceptsWeight ? ["pass", "of", "weight"] : ["pass", "of"], log: &log)
        let weight = acceptsWeight ? votes.points("weight", log: &log) : nil
        let location = votes["pass"].map { YAMLMapping.location(of: $0, file: map.file) } ?? YAMLMapping.location(of: votes.mapping, file: map.file)
        let text = votes.string("pass") ?? ""
        var threshold: VoteRule.Threshold? = nil
        if text.isEmpty && weight != nil {
            threshold = nil
        } else if ["过半数", "半数以上", "majority"].contains(text) {
            threshold = .majority
        } else if text.hasSuffix("%"), let permille = ScaledDecimal.parse(String(text.dropLast()), scale: 1), (1...1000).contains(permille) {
            threshold = .atLeast(numerator: permille, denominator: 1000)
        } else {
            let parts = text.split(separator: "/")
            if parts.count == 2, let numerator = Int(parts[0]), let denominator = Int(parts[1]), numerator > 0, denominator >= numerator {
                threshold = .atLeast(numerator: numerator, denominator: denominator)
            }
        }
        if threshold == nil && !(text.isEmpty && weight != nil) {
            log.error("E-CRITERIA-NUMBER", at: location, raw: text, "“\(votes.childPath("pass"))”应为 过半数、分数（如 2/3）或百分比（如 80%）。")
            return nil
        }
        var base = VoteRule.Base.present
        if let of = votes.string("of") {
            switch of {
            case "实到", "present": base = .present
            case "应到", "expected": base = .expected
            default:
                log.error(
                    "E-CRITERIA-KEY", at: YAMLMapping.location(of: votes["of"]!, file: map.file), raw: of,
                    "“\(votes.childPath("of"))”应为 实到 或 应到（赞成票按哪个人数计算比例）。")
            }
        }
        return VoteRule(threshold: threshold, base: base, weight: weight)
    }

    /// `vacancy: keep | next` under `activists` or `award`: a place a failed vote or an upheld objection
    /// frees stays vacant (default) or goes to the next in line.
    static func parseVacancy(_ map: YAMLMapping, log: inout DiagnosticLog) -> Vacancy {
        guard let text = map.string("vacancy") else { return .keep }
        switch text {
        case "keep", "空缺": return .keep
        case "next", "递补": return .next
        default:
            log.error(
                "E-CRITERIA-KEY", at: YAMLMapping.location(of: map["vacancy"]!, file: map.file), raw: text,
                "“\(map.childPath("vacancy"))”应为 keep（空缺）或 next（递补）。")
            return .keep
        }
    }
}
