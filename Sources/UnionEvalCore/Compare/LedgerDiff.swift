/// The ledger rows that differ between two runs' trails, for one unit. A record is the same in both when
/// everything it says is the same (date, name, category, level, outcome, declared count, member list),
/// wherever it stands; of the rest, a record at the same file and row, or else with the same name, is a
/// corrected one; what is left was added or removed. A row one run did not use is named with its reason.
public struct LedgerDiff: Sendable {
    /// One ledger row as the trail holds it, with what it counted toward.
    public struct Row: Sendable, Equatable {
        public var file: String
        public var sheet: String?
        public var line: Int
        public var date: String
        public var name: String
        public var category: String
        public var level: String
        public var outcome: String
        public var declared: Int
        public var people: Int
        public var peopleDigest: Int?
        public var credits: [RunTrail.Credit]

        /// Where it stands, as the workbooks write a row: "activities/音乐学院.csv 第 12 行".
        public var place: String {
            "\(sheet.map { "\(file)[\($0)]" } ?? file) 第 \(line) 行"
        }

        var content: Content {
            Content(date: date, name: name, category: category, level: level, outcome: outcome, declared: declared, people: people,
                    digest: peopleDigest)
        }

        struct Content: Hashable {
            var date, name, category, level, outcome: String
            var declared, people: Int
            var digest: Int?
        }
    }

    public enum Kind: String, Sendable {
        case added = "新增记录"
        case removed = "删除记录"
        case corrected = "更正记录"
        /// The same record, whose credits changed (a cap reached earlier or later, a changed rule).
        case recounted = "计分变化"
        /// A row one run did not use (a duplicate, a date outside the year) that the other run has not at all.
        case unusedRemoved = "删除未使用的行"
        case unusedAdded = "新增未使用的行"
    }

    /// A row a run read and did not use, with its reason.
    public struct Unused: Sendable {
        public var row: Row
        public var reason: String
    }

    public struct Change: Sendable {
        public var kind: Kind
        public var old: Row?
        public var new: Row?
        /// What differs, in words ("日期 2022-12-30 → 2023-01-04"), or why a row was not used in the other run.
        public var detail: String
    }

    public var changes: [Change] = []

    /// `rejectedOld`/`rejectedNew`: the unit's unused rows in each run, by place.
    public init(old: [Row], new: [Row], rejectedOld: [String: Unused], rejectedNew: [String: Unused]) {
        var unusedOld = rejectedOld
        var unusedNew = rejectedNew
        var unmatchedOld: [Row] = []
        var byContent: [Row.Content: [Int]] = [:]
        for (index, row) in new.enumerated() { byContent[row.content, default: []].append(index) }
        var usedNew = Set<Int>()
        for row in old {
            if var candidates = byContent[row.content], !candidates.isEmpty {
                // Prefer the same place, so a record that stayed put is compared with itself.
                let pick = candidates.firstIndex { new[$0].file == row.file && new[$0].line == row.line } ?? 0
                let index = candidates.remove(at: pick)
                byContent[row.content] = candidates
                usedNew.insert(index)
                if new[index].credits != row.credits {
                    changes.append(Change(kind: .recounted, old: row, new: new[index], detail: "记录未变，计分变化"))
                }
            } else {
                unmatchedOld.append(row)
            }
        }
        var remainingNew = new.indices.filter { !usedNew.contains($0) }
        func takeNew(where matches: (Row) -> Bool) -> Row? {
            guard let position = remainingNew.firstIndex(where: { matches(new[$0]) }) else { return nil }
            return new[remainingNew.remove(at: position)]
        }
        var removed: [Row] = []
        for row in unmatchedOld {
            let partner = takeNew { $0.file == row.file && $0.sheet == row.sheet && $0.line == row.line }
                ?? takeNew { $0.name == row.name && $0.category == row.category }
            if let partner {
                changes.append(Change(kind: .corrected, old: row, new: partner, detail: Self.differences(row, partner)))
            } else {
                removed.append(row)
            }
        }
        for row in removed {
            if let unused = unusedNew.removeValue(forKey: row.place) {
                let changed = Self.differences(row, unused.row, fields: .written)
                changes.append(Change(kind: .corrected, old: row, new: unused.row, detail: "\(changed)；本次未使用：\(unused.reason)"))
            } else {
                changes.append(Change(kind: .removed, old: row, new: nil, detail: "本次台账中没有这一记录"))
            }
        }
        for index in remainingNew {
            let row = new[index]
            // A row the last run did not use, now counted at the same place: the office corrected it.
            if let unused = unusedOld.removeValue(forKey: row.place) {
                let fixed = Self.differences(unused.row, row, fields: .written)
                changes.append(Change(kind: .corrected, old: unused.row, new: row, detail: "上次未使用：\(unused.reason)；\(fixed)"))
            } else {
                changes.append(Change(kind: .added, old: nil, new: row, detail: "上次台账中没有这一记录"))
            }
        }
        // Unused rows on both sides are the same row still unused; the rest came or went.
        for (place, unused) in unusedOld.sorted(by: { $0.key < $1.key }) where unusedNew.removeValue(forKey: place) == nil {
            changes.append(Change(kind: .unusedRemoved, old: unused.row, new: nil, detail: "上次未使用：\(unused.reason)；本次台账中没有这一行"))
        }
        for (_, unused) in unusedNew.sorted(by: { $0.key < $1.key }) {
            changes.append(Change(kind: .unusedAdded, old: nil, new: unused.row, detail: "本次未使用：\(unused.reason)"))
        }
    }

    /// Which fields a comparison can see: all of a counted record's, or only what an unused row keeps.
    enum Fields { case all, written }

    static func differences(_ old: Row, _ new: Row, fields: Fields = .all) -> String {
        var parts: [String] = []
        func note(_ label: String, _ before: String, _ after: String) {
            if before != after { parts.append("\(label) \(before.isEmpty ? "（空）" : before) → \(after.isEmpty ? "（空）" : after)") }
        }
        // An unused row keeps its date as written ("2023年11月7日"); a record's is ISO. Same day, same date.
        func day(_ text: String) -> String {
            guard fields == .written, case .success(let date) = CalendarDate.parse(text) else { return text }
            return date.description
        }
        if day(old.date) != day(new.date) { note("日期", old.date, new.date) }
        note("活动名称", old.name, new.name)
        note("类别", old.category, new.category)
        guard fields == .all else { return parts.isEmpty ? "日期、名称、类别未变" : parts.joined(separator: "；") }
        note("级别", old.level, new.level)
        note("成果", old.outcome, new.outcome)
        note("参与人数", old.declared < 0 ? "" : "\(old.declared)", new.declared < 0 ? "" : "\(new.declared)")
        if old.people != new.people {
            parts.append("名单 \(old.people) 人 → \(new.people) 人")
        } else if let before = old.peopleDigest, let after = new.peopleDigest, before != after {
            parts.append("名单人数未变，人员有变化")
        }
        if old.place != new.place { parts.append("位置 \(old.place) → \(new.place)") }
        return parts.isEmpty ? "内容未变" : parts.joined(separator: "；")
    }

    /// What a change did to `indicator`: the points it added or took away when the points are the
    /// record's own, else how its counting changed; nil when it did nothing there.
    public static func effect(of change: Change, on indicator: String) -> (points: Points?, text: String)? {
        let before = change.old?.credits.first { $0.indicator == indicator }
        let after = change.new?.credits.first { $0.indicator == indicator }
        guard before != nil || after != nil else { return nil }
        let oldPoints = before.flatMap { $0.counted ? $0.points ?? .zero : .zero } ?? .zero
        let newPoints = after.flatMap { $0.counted ? $0.points ?? .zero : .zero } ?? .zero
        let ownPoints = (before?.points != nil || before == nil) && (after?.points != nil || after == nil)
        if ownPoints {
            guard oldPoints != newPoints || before?.note != after?.note else { return nil }
            let delta = newPoints - oldPoints
            let why = after.map(\.note) ?? before.map(\.note) ?? ""
            return (delta, delta == .zero ? why : "\(delta.signedText) 分（\(why)）")
        }
        guard before?.counted != after?.counted || before?.note != after?.note else { return nil }
        switch (before?.counted ?? false, after?.counted ?? false) {
        case (false, true): return (nil, "本次\(after?.note ?? "计入")")
        case (true, false): return (nil, "本次不再\(before?.note ?? "计入")")
        default: return (nil, "\(before?.note ?? "—") → \(after?.note ?? "—")")
        }
    }
}
