/// Finds the unit a ledger belongs to from a file or sheet name: the one unit whose full name, short
/// name (without 分工会/工会) or 编码 the name contains — `管理学院2023年活动台账.xlsx`, `U01-管理学院.xlsx`.
/// When one unit's name is part of another's (管理学院, 经济管理学院), the longer match wins, since the
/// shorter is then contained in it; anything else that matches twice is ambiguous, never a guess.
struct UnitNameMatcher: Sendable {
    private let names: [String]
    /// Per unit, the texts that name it: full name, short name, code.
    private let keys: [[String]]
    private let codes: [String?]

    init(units: [Union]) {
        names = units.map(\.name)
        codes = units.map(\.code)
        keys = units.map { unit in
            var keys = [unit.name]
            for suffix in ["分工会", "工会"] where unit.name.hasSuffix(suffix) && unit.name.count > suffix.count + 1 {
                keys.append(String(unit.name.dropLast(suffix.count)))
                break
            }
            return keys
        }
    }

    enum Match: Equatable {
        case unit(Int)
        case ambiguous([Int])
        case none
    }

    func match(_ text: String) -> Match {
        // The longest key of each unit found in the text.
        var found: [(unit: Int, key: String)] = []
        for (unit, unitKeys) in keys.enumerated() {
            if let key = unitKeys.filter({ text.contains($0) }).max(by: { $0.count < $1.count }) {
                found.append((unit, key))
            } else if let code = codes[unit], !code.isEmpty, Self.containsToken(code, in: text) {
                found.append((unit, code))
            }
        }
        guard let longest = found.max(by: { $0.key.count < $1.key.count }) else { return .none }
        // Every other match must lie inside the longest one (管理学院 inside 经济管理学院).
        if found.allSatisfy({ $0.unit == longest.unit || longest.key.contains($0.key) }) { return .unit(longest.unit) }
        return .ambiguous(found.map(\.unit))
    }

    /// The units closest to a text, for the message when nothing matches.
    func nearest(to text: String, count: Int = 3) -> [String] {
        names.sorted { EditDistance.between(text, $0) < EditDistance.between(text, $1) }.prefix(count).map { $0 }
    }

    func name(_ unit: Int) -> String { names[unit] }

    /// A code such as U01 counts only standing alone, not inside U012 or a word.
    private static func containsToken(_ code: String, in text: String) -> Bool {
        let characters = Array(text)
        let target = Array(code)
        guard target.count <= characters.count else { return false }
        for start in 0...(characters.count - target.count) where Array(characters[start..<start + target.count]) == target {
            let before = start > 0 ? characters[start - 1] : " "
            let after = start + target.count < characters.count ? characters[start + target.count] : " "
            if !(before.isASCII && (before.isLetter || before.isNumber)) && !(after.isASCII && (after.isLetter || after.isNumber)) {
                return true
            }
        }
        return false
    }
}
