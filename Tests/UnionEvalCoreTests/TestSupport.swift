import Foundation
import Testing
@testable import UnionEvalCore

/// Builders for small in-memory years, so each test states exactly the rows it is about.
enum TestSupport {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func rubric(editing edit: (String) -> String = { $0 }) throws -> Criteria {
        let (criteria, diagnostics) = CriteriaParser.parse(edit(try fixture("rubric.yaml")), file: "rubric.yaml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.formatted))")
        return try #require(criteria)
    }

    static func file(_ path: String, _ text: String) -> InputFile {
        InputFile(path: path, bytes: Array(text.utf8))
    }

    /// Units A单位 (10 members: A01…A10) and B单位 (20 members: B01…B20).
    static let unions = "二级工会,会员人数\nA单位,\nB单位,\n"
    static var members: String {
        var text = "工号,姓名,二级工会\n"
        for i in 1...10 { text += "A\(String(format: "%02d", i)),甲\(i),A单位\n" }
        for i in 1...20 { text += "B\(String(format: "%02d", i)),乙\(i),B单位\n" }
        return text
    }

    static let ledgerHeader = "二级工会,日期,活动名称,类别,级别,参与者工号,成果\n"

    static func inputs(
        ledgers: [String: String], adjustments: String? = nil, reviews: String? = nil, unions: String = unions,
        members: String = members, exclusions: String? = nil
    ) -> YearInputs {
        YearInputs(
            unions: file("unions.csv", unions), members: file("members.csv", members),
            activities: ledgers.sorted { $0.key < $1.key }.map { file("activities/\($0.key).csv", ledgerHeader + $0.value) },
            adjustments: adjustments.map { file("adjustments.csv", $0) }, reviews: reviews.map { file("reviews.csv", $0) },
            exclusions: exclusions.map { file("exclusions.csv", $0) })
    }

    static func run(_ inputs: YearInputs, criteria: Criteria) -> EvaluationRun {
        EvaluationRun(inputs: inputs, criteria: criteria)
    }

    /// A stand-in for the shell's SHA-256 (the core computes none): FNV-1a, enough to tell files apart.
    static let fingerprint = FileFingerprint { bytes in
        String(bytes.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }, radix: 16)
    }

    static func ids(_ prefix: String, _ range: ClosedRange<Int>) -> String {
        range.map { "\(prefix)\(String(format: "%02d", $0))" }.joined(separator: ";")
    }
}

extension EvaluationRun {
    func unit(_ name: String) -> UnitScore {
        evaluation.units[data.unions.firstIndex { $0.name == name }!]
    }

    func points(_ name: String, _ indicator: String) -> Points {
        unit(name).indicators[data.unions.isEmpty ? 0 : indicatorIndex(indicator)].points
    }

    private func indicatorIndex(_ id: String) -> Int {
        // Indicator ids are K1…K6 in the test rubric.
        Int(id.dropFirst())! - 1
    }

    var codes: [String] { diagnostics.map(\.code) }

    func member(_ staffID: String) -> Int {
        data.members.firstIndex { $0.staffID == staffID }!
    }

    func activistPoints(_ staffID: String) -> Points {
        nomination!.scores[member(staffID)].points
    }

    func decision(_ staffID: String) -> NominationDecision {
        nomination!.decisions[member(staffID)]
    }
}

/// SplitMix64 from a fixed seed: random-looking inputs that are the same on every run, so a failure
/// can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
