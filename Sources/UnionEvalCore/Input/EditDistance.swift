/// Levenshtein distance over characters, to suggest the category a misspelt one was meant to be.
/// Written here because none of the offline packages has one (swift-algorithms does not): twenty lines,
/// run only on a cell that is already an error, over names of a few characters.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let left = Array(a)
        let right = Array(b)
        if left.isEmpty { return right.count }
        var previous = Array(0...right.count)
        for (i, leftCharacter) in left.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: right.count)
            for (j, rightCharacter) in right.enumerated() {
                current[j + 1] = Swift.min(
                    previous[j + 1] + 1, current[j] + 1, previous[j] + (leftCharacter == rightCharacter ? 0 : 1))
            }
            previous = current
        }
        return previous[right.count]
    }

    /// The closest candidate if it is close enough to be a plausible typo.
    static func nearest(to text: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, between(text, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let tolerance = Swift.max(1, Swift.min(text.count, best.0.count) / 2)
        return best.1 <= tolerance ? best.0 : nil
    }
}
