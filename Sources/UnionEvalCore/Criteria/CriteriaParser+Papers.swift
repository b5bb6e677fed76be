import Yams

extension CriteriaParser {
    /// `activists.papers: {deeds_length: [300, 800]}`: the shortest and longest 主要事迹 on a 审批表.
    static func parseDeedsLength(_ map: YAMLMapping, log: inout DiagnosticLog) -> ClosedRange<Int>? {
        guard let papers = YAMLMapping(map["papers"], path: map.childPath("papers"), file: map.file, log: &log) else { return nil }
        papers.rejectUnknownKeys(allowed: ["deeds_length"], log: &log)
        guard let node = papers["deeds_length"] else { return nil }
        let bounds = node.sequence?.compactMap { $0.int } ?? []
        guard bounds.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1] else {
            log.error(
                "E-CRITERIA-TYPE", at: YAMLMapping.location(of: node, file: map.file),
                "“\(papers.childPath("deeds_length"))”应为两个字数 [最少, 最多]，如 [300, 800]。")
            return nil
        }
        return bounds[0]...bounds[1]
    }

    /// `award.papers.decision: {issuer: 校工会, purpose: …, closing: …}`.
    static func parseDecisionText(_ map: YAMLMapping, log: inout DiagnosticLog) -> DecisionText {
        var text = DecisionText()
        guard let papers = YAMLMapping(map["papers"], path: map.childPath("papers"), file: map.file, log: &log) else { return text }
        papers.rejectUnknownKeys(allowed: ["decision"], log: &log)
        guard let decision = YAMLMapping(papers["decision"], path: papers.childPath("decision"), file: map.file, log: &log) else { return text }
        decision.rejectUnknownKeys(allowed: ["issuer", "purpose", "closing"], log: &log)
        if let issuer = decision.string("issuer") { text.issuer = issuer }
        if let purpose = decision.string("purpose") { text.purpose = purpose }
        if let closing = decision.string("closing") { text.closing = closing }
        return text
    }
}
