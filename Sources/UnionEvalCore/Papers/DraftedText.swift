/// Text drafted for a paper (a nominee's 主要事迹, a unit's 主要工作成绩) from input rows only: an opening
/// that is always there, then detail clauses, each about one ledger row, taken in order while they fit
/// the longest length. Never padded: when the rows do not reach the shortest length, the text is short
/// and says so. Every clause keeps the rows it comes from.
public struct DraftedText: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// A row of the roster or of unions.csv: who the paper is about.
        case roster
        /// A ledger record (index into `YearData.records`).
        case record(Int)
    }

    public struct Clause: Sendable, Hashable {
        public var text: String
        public var sources: [Source]
        /// Where the clause is read among those taken (a record's day): clauses are taken by importance and
        /// read in time order.
        public var readingOrder: Int

        public init(text: String, sources: [Source], readingOrder: Int = 0) {
            self.text = text
            self.sources = sources
            self.readingOrder = readingOrder
        }
    }

    /// A sentence of detail clauses, the first after `lead` ("组织开展的活动有：").
    public struct Details {
        public var lead: String
        public var clauses: [Clause]
    }

    /// In the order they are read; the text is made of them and the joining punctuation only.
    public var clauses: [Clause]
    public var text: String
    /// The length asked for, in characters.
    public var length: ClosedRange<Int>

    /// Shorter than asked for: the rows do not support more, and nothing was added to make up.
    public var isShort: Bool { text.count < length.lowerBound }

    public init(opening: [[Clause]], details: [Details], length: ClosedRange<Int>) {
        self.length = length
        var sentences = opening
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
            taken = taken.enumerated().sorted { ($0.element.readingOrder, $0.offset) < ($1.element.readingOrder, $1.offset) }.map(\.element)
            taken[0].text = detail.lead + taken[0].text
            sentences.append(taken)
        }
        clauses = sentences.flatMap { $0 }
        text = Self.join(sentences)
    }

    /// Where a clause comes from, as the trace sheet shows it: `file:line` of each ledger row, or the
    /// table `roster` names (会员名册, 参评单位表).
    public static func references(_ sources: [Source], in data: YearData, roster: String) -> String {
        sources.map { source in
            switch source {
            case .roster: return roster
            case .record(let index):
                let record = data.records[index]
                return data.files[record.file].rowReference(record.line)
            }
        }.joined(separator: "；")
    }

    /// Clauses of a sentence joined by "；", sentences ended by "。".
    static func join(_ sentences: [[Clause]]) -> String {
        sentences.map { $0.map(\.text).joined(separator: "；") + "。" }.joined()
    }

    /// "3月8日", with the year when it is not the evaluation's (a year starting in December).
    static func date(_ record: ActivityRecord, year: Int?) -> String {
        let day = record.date
        return day.year == year ? "\(day.month)月\(day.day)日" : "\(day.year)年\(day.month)月\(day.day)日"
    }

    /// Higher levels first, then by date, then as the ledger lists them: what a reader of a form looks for
    /// first, and so what is kept when not all fit.
    static func byLevel(_ indices: [Int], in data: YearData) -> [Int] {
        indices.sorted { a, b in
            let (x, y) = (data.records[a], data.records[b])
            return x.level != y.level ? x.level > y.level : (x.day, x.file, x.line) < (y.day, y.file, y.line)
        }
    }
}
