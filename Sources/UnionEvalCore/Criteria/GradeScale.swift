/// One ordered list of grades, best first: the 等次 (`grades`: 优秀/良好/合格/不合格) or the 称号
/// (`titles`: 模范职工之家/先进职工之家). A unit gets at most one of each list.
public struct GradeScale: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case grade = "grades"
        case title = "titles"

        /// The column header and the word in messages.
        public var label: String {
            switch self {
            case .grade: return "等次"
            case .title: return "称号"
            }
        }
    }

    public var kind: Kind
    public var rules: [GradeRule]

    public init(kind: Kind, rules: [GradeRule]) {
        self.kind = kind
        self.rules = rules
    }
}

extension Criteria {
    /// The entry and every better one of its list: holding 先进 last year meets "已获合格称号".
    /// A name on no list stands for itself.
    public func entriesAtOrAbove(_ name: String) -> [String] {
        for scale in gradeScales {
            if let position = scale.rules.firstIndex(where: { $0.name == name }) { return scale.rules[...position].map(\.name) }
        }
        return [name]
    }
}
