/// Keys every indicator may have, whatever its rule; each rule kind adds its own (`ScoringRule.keys`).
enum IndicatorKeys {
    static let common: Set<String> = ["id", "name", "source", "max", "rule", "match", "note", "weights", "requires", "else", "groups"]
}
