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
