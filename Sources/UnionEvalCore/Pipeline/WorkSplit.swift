/// Cuts a sequence of items into two runs of about half the total weight each, one per core:
/// the first run ends with the item that brings it to half or more.
enum WorkSplit {
    static func halves(weights: [Int]) -> [Range<Int>] {
        let total = weights.reduce(0, +)
        var split = 0
        var before = 0
        while split < weights.count && before * 2 < total {
            before += weights[split]
            split += 1
        }
        return [0..<split, split..<weights.count]
    }
}
