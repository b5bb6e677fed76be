import Yams

extension CriteriaParser {
    /// `activists.papers: {deeds_length: [300, 800]}`: the shortest and longest 主要事迹 on a 审批表.
    static func parseDeedsLength(_ map: YAMLMapping, log: inout DiagnosticLog) -> ClosedRange<Int>? {
        guard let papers = YAMLMapping(map["papers"], path: map.childPath("papers"), file: map.file, log: &log) else { return nil }
        papers.rejectUnknownKeys(allowed: ["deeds_length"], log: &log)
        return parseLength(papers, "deeds_length", log: &log)
    }

    /// `award.papers: {decision: {issuer: 校工会, purpose: …, closing: …}, achievements_length: [300, 800]}`.
    static func parseAwardPapers(_ map: YAMLMapping, into rule: inout AwardRule, log: inout DiagnosticLog) {
        guard let papers = YAMLMapping(map["papers"], path: map.childPath("papers"), file: map.file, log: &log) else { return }
        papers.rejectUnknownKeys(allowed: ["decision", "achievements_length"], log: &log)
        if let length = parseLength(papers, "achievements_length", log: &log) { rule.achievementsLength = length }
        guard let decision = YAMLMapping(papers["decision"], path: papers.childPath("decision"), file: map.file, log: &log) else { return }
        decision.rejectUnknownKeys(allowed: ["issuer", "basis", "purpose", "closing"], log: &log)
        if let basis = decision.string("basis") { rule.decisionText.basis = basis }
        if let issuer = decision.string("issuer") { rule.decisionText.issuer = issuer }
        if let purpose = decision.string("purpose") { rule.decisionText.purpose = purpose }
        if let closing = decision.string("closing") { rule.decisionText.closing = closing }
    }

    /// Two character counts `[shortest, longest]`.
    static func parseLength(_ papers: YAMLMapping, _ key: String, log: inout DiagnosticLog) -> ClosedRange<Int>? {
        guard let node = papers[key] else { return nil }
        let bounds = node.sequence?.compactMap { $0.int } ?? []
        guard bounds.count == 2, bounds[0] >= 0 else {
            log.error(
                "E-CRITERIA-TYPE", at: YAMLMapping.location(of: node, file: papers.file),
                "“\(papers.childPath(key))”应为两个字数 [最少, 最多]，如 [300, 800]。")
            return nil
        }
        guard bounds[0] <= bounds[1] else {
            log.error(
                "E-CRITERIA-RANGE", at: YAMLMapping.location(of: node, file: papers.file),
                "“\(papers.childPath(key))”的最少字数（\(bounds[0])）大于最多字数（\(bounds[1])），应写成 [最少, 最多]。")
            return nil
        }
        return bounds[0]...bounds[1]
    }
}
