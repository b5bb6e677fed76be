import Yams

extension CriteriaParser {
    /// `weights: {self: 40%, committee: 30%, peer: 30%}` under an indicator, a dimension, or
    /// `total_weights` at the top; the shares must add up to 100%.
    static func parseWeights(_ map: YAMLMapping, key: String, log: inout DiagnosticLog) -> ScoreWeights? {
        guard let weights = YAMLMapping(map[key], path: map.childPath(key), file: map.file, log: &log) else { return nil }
        var shares: [(source: ScoreWeights.Source, permille: Int)] = []
        for (node, _) in weights.mapping {
            let name = node.string ?? ""
            guard let source = ScoreWeights.Source(rawValue: name) else {
                log.error(
                    "E-CRITERIA-KEY", at: YAMLMapping.location(of: node, file: map.file), raw: name,
                    "“\(weights.path)”中的“\(name)”不是评分来源。可用：ledger（台账计分）、committee（委员评分）、peer（互评）、self（自评）、votes（得票率）。")
                continue
            }
            if let permille = weights.fraction(name, log: &log) { shares.append((source, permille)) }
        }
        let sum = shares.reduce(0) { $0 + $1.permille }
        if !shares.isEmpty && sum != 1000 {
            log.error(
                "E-CRITERIA-WEIGHTS", at: YAMLMapping.location(of: weights.mapping, file: map.file),
                "“\(weights.path)”各来源权重之和为 \(Points(tenths: sum))%，应为 100%。")
            return nil
        }
        return shares.isEmpty ? nil : ScoreWeights(shares: shares)
    }
}
