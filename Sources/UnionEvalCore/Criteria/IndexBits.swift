/// A set of small non-negative integers (category, level and outcome indices, months) as bits:
/// scoring asks "is this record's category one of these" for every record and indicator, and a
/// bit test is much cheaper than hashing into a `Set`.
struct IndexBits: Sendable, Hashable {
    private var words: [UInt64] = []

    init() {}

    init<Members: Sequence<Int>>(_ members: Members) {
        for member in members where member >= 0 {
            let word = member >> 6
            if word >= words.count { words += Array(repeating: 0, count: word + 1 - words.count) }
            words[word] |= 1 << UInt64(member & 63)
        }
    }

    var isEmpty: Bool { words.isEmpty }

    func contains(_ value: Int) -> Bool {
        let word = value >> 6
        return value >= 0 && word < words.count && words[word] & (1 << UInt64(value & 63)) != 0
    }
}
