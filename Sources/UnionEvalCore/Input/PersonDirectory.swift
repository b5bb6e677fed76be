import Synchronization

/// Finds the roster member a ledger cell means when the cell is not a staff ID as the roster writes
/// it: a name (`张三`), a name with its ID (`张三(01077)`), or an ID that Excel turned into a number and
/// so lost its leading zeros (`1077` for `01077`). A name is looked for in the ledger's own unit first,
/// then in the whole roster; two members it could be, or none, is never a guess.
struct PersonDirectory: Sendable {
    private let staffIDs: [String]
    private let names: [String]
    private let units: [Int]
    private let byName: [String: [Int32]]
    /// All-digit staff IDs keyed without their leading zeros.
    private let byDigits: [String: [Int32]]
    private let byID: [String: Int32]

    init(members: [Member]) {
        staffIDs = members.map(\.staffID)
        names = members.map(\.name)
        units = members.map(\.union)
        var byName: [String: [Int32]] = [:]
        var byDigits: [String: [Int32]] = [:]
        var byID: [String: Int32] = [:]
        for (index, member) in members.enumerated() {
            byName[member.name, default: []].append(Int32(index))
            byID[member.staffID] = Int32(index)
            if let digits = Self.digitsWithoutLeadingZeros(member.staffID) { byDigits[digits, default: []].append(Int32(index)) }
        }
        self.byName = byName
        self.byDigits = byDigits
        self.byID = byID
    }

    enum Resolution: Sendable, Equatable {
        /// A member, and how the cell named them.
        case member(Int32, Naming)
        /// Several members it could be.
        case ambiguous([Int32])
        case unknown
    }

    enum Naming: Sendable, Equatable {
        case name
        /// `张三(01077)`; `writtenName` is set when the name is not the roster's name for that ID.
        case nameAndID(writtenName: String?)
        /// An all-digit ID that matched once its leading zeros were restored.
        case restoredZeros
    }

    /// Resolves a token that is not a roster staff ID as written, for a ledger of `unit`.
    func resolve(_ token: String, unit: Int) -> Resolution {
        if let (outer, inner) = Self.splitParentheses(token) {
            // 张三(01077) or 01077(张三): the ID decides, the name is checked against it.
            for (id, name) in [(inner, outer), (outer, inner)] {
                guard let member = exactOrRestored(id) else { continue }
                let rosterName = names[Int(member)]
                return .member(member, .nameAndID(writtenName: name.isEmpty || name == rosterName ? nil : name))
            }
            return resolveName(outer, unit: unit)
        }
        if Self.digitsWithoutLeadingZeros(token) != nil {
            if let digits = Self.digitsWithoutLeadingZeros(token), let found = byDigits[digits] {
                return found.count == 1 ? .member(found[0], .restoredZeros) : .ambiguous(found)
            }
            return .unknown
        }
        return resolveName(token, unit: unit)
    }

    private func exactOrRestored(_ id: String) -> Int32? {
        if let member = byID[id] { return member }
        guard let digits = Self.digitsWithoutLeadingZeros(id), let found = byDigits[digits], found.count == 1 else { return nil }
        return found[0]
    }

    private func resolveName(_ name: String, unit: Int) -> Resolution {
        guard let found = byName[name] else { return .unknown }
        let own = found.filter { units[Int($0)] == unit }
        if own.count == 1 { return .member(own[0], .name) }
        if own.count > 1 { return .ambiguous(own) }
        return found.count == 1 ? .member(found[0], .name) : .ambiguous(found)
    }

    /// `01077 (管理学院分工会)`, for messages about a member.
    func describe(_ member: Int32, unitNames: [String]) -> String {
        "\(names[Int(member)])（\(staffIDs[Int(member)])，\(unitNames[units[Int(member)]])）"
    }

    func staffID(_ member: Int32) -> String { staffIDs[Int(member)] }

    func rosterName(_ member: Int32) -> String { names[Int(member)] }

    /// Names in a unit close to a misspelt one.
    func nearestName(to name: String, unit: Int) -> String? {
        EditDistance.nearest(to: name, in: names.indices.filter { units[$0] == unit }.map { names[$0] })
    }

    /// `1077`, `01077` and `1077.0` (a number cell) give `1077`; anything not all digits gives nil.
    /// On bytes: the roster is keyed by it once per run, member by member.
    static func digitsWithoutLeadingZeros(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        if bytes.count > 2 && bytes[bytes.count - 2] == UInt8(ascii: ".") && bytes[bytes.count - 1] == UInt8(ascii: "0") {
            bytes.removeLast(2)
        }
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let significant = bytes.drop { $0 == UInt8(ascii: "0") }
        return significant.isEmpty ? "0" : String(decoding: significant, as: UTF8.self)
    }

    /// `张三(01077)` or `张三（01077）` → ("张三", "01077").
    static func splitParentheses(_ token: String) -> (outer: String, inner: String)? {
        guard let close = token.last, close == ")" || close == "）",
            let open = token.lastIndex(where: { $0 == "(" || $0 == "（" })
        else { return nil }
        let outer = String(token[..<open]).trimmingWhitespace()
        let inner = String(token[token.index(after: open)..<token.index(before: token.endIndex)]).trimmingWhitespace()
        guard !inner.isEmpty else { return nil }
        return (outer, inner)
    }
}

extension PersonDirectory {
    /// The directory, made the first time any ledger needs it and then shared by every reading thread.
    final class OnDemand: Sendable {
        private let members: [Member]
        private let made = Mutex<PersonDirectory?>(nil)

        init(members: [Member]) { self.members = members }

        var directory: PersonDirectory {
            made.withLock { made in
                if let made { return made }
                let directory = PersonDirectory(members: members)
                made = directory
                return directory
            }
        }
    }
}
