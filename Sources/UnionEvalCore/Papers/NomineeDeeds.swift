/// The 主要事迹 of a nominee's 审批表, drafted from that person's own ledger records only: who they are
/// (the roster), what they did in the year in numbers (the score), then what they organised, the awards,
/// and what they took part in, one clause per ledger row, as many as fit the length. Never padded: a
/// person with few records gets a short text, and says so. Every clause keeps the rows it comes from, for
/// the 事迹依据 sheet.
public struct NomineeDeeds: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// The person's row in the roster.
        case roster
        /// A ledger record (index into `YearData.records`).
        case record(Int)
    }

    public struct Clause: Sendable, Hashable {
        public var text: String
        public var sources: [Source]
    }

    /// In the order they are read; the text is made of them and the joining punctuation only.
    public var clauses: [Clause]
    public var text: String
    /// The length asked for (`activists.papers.deeds_length`).
    public var length: ClosedRange<Int>

    /// Shorter than asked for: the records do not support more, and nothing was added to make up.
    public var isShort: Bool { text.count < length.lowerBound }

    /// Clauses about single records, as many as fit `length.upperBound` characters after the opening.
    public init(
        member: Int, data: YearData, criteria: Criteria, score: PersonScore, rankInUnit: Int, records: NomineeRecords,
        length: ClosedRange<Int>
    ) {
        self.length = length
        let person = data.members[member]
        let unionName = data.unions[person.union].name
        let yearName = criteria.yearText
        var sentences: [[Clause]] = []
        let role = person.role.map { "，任分工会\($0)" } ?? ""
        sentences.append([Clause(text: "\(person.name)同志是\(unionName)会员\(role)", sources: [.roster])])
        let all = (records.organized + records.participated).sorted().map(Source.record)
        var summary = "\(yearName)组织活动\(records.organized.count)次、参与活动\(records.participated.count)次"
        if !records.awards.isEmpty { summary += "，所组织或参与的活动获奖\(records.awards.count)项" }
        summary += "，按评分标准积\(score.points)分，在本单位排名第\(rankInUnit)"
        sentences.append([Clause(text: summary, sources: all)])

        func date(_ record: ActivityRecord) -> String {
            let day = record.date
            return day.year == criteria.year ? "\(day.month)月\(day.day)日" : "\(day.year)年\(day.month)月\(day.day)日"
        }
        func award(_ record: ActivityRecord) -> String {
            record.outcome.map { "获\(criteria.levelName(record.level))\(criteria.outcomes[$0])" } ?? ""
        }
        // Higher levels first, then by date: what a reader of the form looks for first.
        func ordered(_ indices: [Int]) -> [Int] {
            indices.sorted { a, b in
                let (x, y) = (data.records[a], data.records[b])
                return x.level != y.level ? x.level > y.level : (x.day, a) < (y.day, b)
            }
        }
        let organizedAwards = Set(records.awards).intersection(records.organized)
        let details: [(lead: String, clauses: [Clause])] = [
            ("组织开展的活动有：", ordered(records.organized).map { index in
                let record = data.records[index]
                let prize = organizedAwards.contains(index) ? "，\(award(record))" : ""
                return Clause(
                    text: "\(date(record))\(data.name(of: record))（\(criteria.levelName(record.level))\(prize)）", sources: [.record(index)])
            }),
            ("参与的活动中，", ordered(records.awards.filter { !organizedAwards.contains($0) }).map { index in
                let record = data.records[index]
                return Clause(text: "\(data.name(of: record))\(award(record))（\(date(record))）", sources: [.record(index)])
            }),
            ("参加了", ordered(records.participated).map { index in
                let record = data.records[index]
                return Clause(text: "\(date(record))的\(data.name(of: record))", sources: [.record(index)])
            }),
        ]
        var used = Self.join(sentences).count
        for detail in details {
            var taken: [Clause] = []
            for clause in detail.clauses {
                // The lead, the clause, and a separator or the closing mark.
                let cost = clause.text.count + 1 + (taken.isEmpty ? detail.lead.count : 0)
                guard used + cost <= length.upperBound else { break }
                taken.append(clause)
                used += cost
            }
            guard !taken.isEmpty else { continue }
            taken[0].text = detail.lead + taken[0].text
            sentences.append(taken)
        }
        clauses = sentences.flatMap { $0 }
        text = Self.join(sentences)
    }

    /// Clauses of a sentence joined by "；", sentences ended by "。".
    static func join(_ sentences: [[Clause]]) -> String {
        sentences.map { $0.map(\.text).joined(separator: "；") + "。" }.joined()
    }
}
