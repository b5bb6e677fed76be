import Testing
@testable import UnionEvalCore

/// Rubrics that combine rules: an indicator with a precondition (`requires`, `else`), and one item
/// scored by several rules (`rules:`), clamped to 0…max, each part shown.
@Suite struct GateAndPartsTests {
    /// K5 (the committee's score) requires a 三八节 record, or K1 at 4 points: the test rubric's K2 and K1.
    static func criteria(_ edit: (String) -> String) throws -> Criteria {
        try TestSupport.rubric(editing: edit)
    }

    static let gatedK5 = "{id: K5, name: 评审, max: 5, rule: manual, requires: {min_count: 1, match: {categories: [三八节]}}}"

    static func run(_ criteria: Criteria, ledgers: [String: String], occurrences: String? = nil) -> EvaluationRun {
        var inputs = TestSupport.inputs(ledgers: ledgers, reviews: "二级工会,指标,得分,评委\nA单位,K5,4,甲\nB单位,K5,4,甲\n")
        inputs.office[.occurrences] = occurrences.map { TestSupport.file("occurrences.csv", $0) }
        return EvaluationRun(inputs: inputs, criteria: criteria)
    }

    @Test func aCommitteeScoreCountsOnlyWhereTheLedgerShowsTheEvidence() throws {
        let criteria = try Self.criteria { $0.replacingOccurrences(of: "{id: K5, name: 评审, max: 5, rule: manual}", with: Self.gatedK5) }
        let run = Self.run(criteria, ledgers: ["A": "A单位,2023-03-08,三八节活动,三八节,院级,A01,\n", "B": "B单位,2023-05-01,歌咏比赛,文化活动,院级,B01,\n"])
        #expect(run.points("A单位", "K5") == Points(tenths: 40))
        #expect(run.points("B单位", "K5") == .zero)
        #expect(run.unit("B单位").indicators[4].measured == "评委 1 人（4.0），平均；未满足前提（台账中至少 1 条“三八节”类活动记录，实有 0 条），本项不得分")
        #expect(criteria.indicators[4].ruleDescription(in: criteria).hasSuffix("；前提：台账中至少 1 条“三八节”类活动记录；不满足时本项不得分"))
        // The unit's explanation says it too.
        #expect(UnitExplanation.lines(for: 1, run: run, criteria: criteria).contains { $0.contains("未满足前提（台账中至少 1 条“三八节”类活动记录，实有 0 条）") })
    }

    @Test func elseKeepsAShareAndAnIndicatorConditionReadsAnEarlierIndicator() throws {
        let criteria = try Self.criteria {
            $0.replacingOccurrences(
                of: "{id: K5, name: 评审, max: 5, rule: manual}",
                with: "{id: K5, name: 评审, max: 5, rule: manual, requires: {indicator: K1, min: 4}, else: 50%}")
        }
        // K1 gives 2 points per 文化活动: A单位 has two (4 points), B单位 one (2 points).
        let run = Self.run(criteria, ledgers: [
            "A": "A单位,2023-05-01,歌咏比赛,文化活动,院级,A01,\nA单位,2023-06-01,书画展,文化活动,院级,A01,\n",
            "B": "B单位,2023-05-01,歌咏比赛,文化活动,院级,B01,\n",
        ])
        #expect(run.points("A单位", "K5") == Points(tenths: 40))
        #expect(run.points("B单位", "K5") == Points(tenths: 20))
        #expect(run.unit("B单位").indicators[4].measured.hasSuffix("未满足前提（“K1 文化活动”不低于 4.0 分，实得 2.0 分），本项按 50% 计"))
    }

    @Test func theRecordsOfAGatedIndicatorSayWhyTheyDidNotCount() throws {
        let criteria = try Self.criteria {
            $0.replacingOccurrences(
                of: "{id: K1, name: 文化活动, max: 6, rule: count, match: {categories: [文化活动]}, points_each: 2}",
                with: "{id: K1, name: 文化活动, max: 6, rule: count, match: {categories: [文化活动]}, points_each: 2, requires: {min_count: 2, match: {categories: [体育活动]}}}")
        }
        let run = Self.run(criteria, ledgers: ["B": "B单位,2023-05-01,歌咏比赛,文化活动,院级,B01,\n"])
        #expect(run.points("B单位", "K1") == .zero)
        let record = try #require(run.data.records.indices.first { run.data.records[$0].union == 1 })
        let credit = try #require(run.evaluation.recordCredits[record].first { $0.indicator == 0 })
        #expect(!credit.counted && credit.points == nil)
        #expect(credit.note.text(in: criteria, indicator: 0) == "未满足本项前提，本项不得分")
    }

    @Test func preconditionMistakesAreLocatedAndSayWhatIsAllowed() throws {
        let text = try TestSupport.fixture("rubric.yaml")
        let later = text.replacingOccurrences(
            of: "{id: K1, name: 文化活动, max: 6, rule: count, match: {categories: [文化活动]}, points_each: 2}",
            with: "{id: K1, name: 文化活动, max: 6, rule: count, match: {categories: [文化活动]}, points_each: 2, requires: {indicator: K5, min: 1}}")
        let (_, problems) = CriteriaParser.parse(later, file: "rubric.yaml")
        let reference = try #require(problems.first { $0.code == "E-CRITERIA-REFERENCE" })
        #expect(reference.message == "“dimensions[0].indicators[0].requires.indicator”应为本指标之前的某个指标的编号或名称（前提要用它的得分）。")
        #expect(reference.location.line > 0)
        let lone = text.replacingOccurrences(of: "{id: K5, name: 评审, max: 5, rule: manual}", with: "{id: K5, name: 评审, max: 5, rule: manual, else: 50%}")
        #expect(CriteriaParser.parse(lone, file: "rubric.yaml").diagnostics.contains { $0.message == "“dimensions[0].indicators[4].else”只能与“requires”一起使用。" })
    }

    /// The fixture's K2 三八节 line, which the tests below replace.
    static let requiredK2 = "      - {id: K2, name: 三八节, max: 4, rule: required, match: {categories: [三八节], months: [3]}, deduction: 2}\n"

    /// K2 三八节 (4 points) as two parts: the event (未完成扣 2 分), and 到会率不达标 registered by the office
    /// (each deducts 3, at most 6).
    static let partsK2 = [
        "      - id: K2", "        name: 三八节", "        max: 4", "        rules:",
        "          - {rule: required, name: 三八节活动, match: {categories: [三八节], months: [3]}, deduction: 2}",
        "          - {rule: deduction, name: 到会率, max: 6, per_occurrence: 3}",
    ].joined(separator: "\n") + "\n"

    @Test func severalRulesInOneItemAddUpAndAreClampedToTheItem() throws {
        let criteria = try Self.criteria {
            $0.replacingOccurrences(of: Self.requiredK2, with: Self.partsK2)
        }
        let occurrences = "二级工会,指标,次数,说明\nA单位,K2,1,到会率未达80%\nB单位,K2,1,到会率未达80%\n"
        let run = Self.run(criteria, ledgers: ["A": "A单位,2023-03-08,三八节活动,三八节,院级,A01,\n", "B": "B单位,2023-05-01,歌咏比赛,文化活动,院级,B01,\n"], occurrences: occurrences)
        #expect(!run.codes.contains { $0.hasPrefix("E-") }, "\(run.diagnostics.map(\.formatted))")
        // A单位 held it (4) and lost 3: 1. B单位 did not (−2) and lost 3: −5, clamped at 0.
        #expect(run.points("A单位", "K2") == Points(tenths: 10))
        #expect(run.points("B单位", "K2") == .zero)
        let measured = run.unit("B单位").indicators[1].measured
        #expect(measured.hasPrefix("三八节活动 -2.0 分（0 次（需 1 次）未完成，扣 2.0 分）；到会率 -3.0 分（"))
        #expect(measured.hasSuffix("；合计 -5.0 分，按 0–4.0 分计 0.0 分"))
        #expect(criteria.indicators[1].rule.isRequiredEvent && criteria.indicators[1].rule.acceptsOccurrences)
        #expect(criteria.indicators[1].ruleDescription(in: criteria).hasPrefix("以下各项合计，在 0–4.0 分之间计分：（1）三八节活动：必办活动："))
    }

    @Test func aPartOfAnUnknownKindOrBothRuleAndRulesAreErrors() throws {
        let text = try TestSupport.fixture("rubric.yaml")
        let unknown = text.replacingOccurrences(
            of: Self.requiredK2,
            with: "      - {id: K2, name: 三八节, max: 4, rules: [{rule: bonus_points}]}\n")
        let (_, problems) = CriteriaParser.parse(unknown, file: "rubric.yaml")
        #expect(problems.first { $0.code == "E-CRITERIA-RULE" }?.message.hasPrefix("“dimensions[0].indicators[1].rules[0].rule”应为 count、") == true)
        let both = text.replacingOccurrences(
            of: Self.requiredK2,
            with: "      - {id: K2, name: 三八节, max: 4, rule: required, rules: [{rule: manual}]}\n")
        let bothError = CriteriaParser.parse(both, file: "rubric.yaml").diagnostics.first { $0.message == "“dimensions[0].indicators[1]”中“rule”和“rules”只能写一个。" }
        // Located at the `rule` key itself, the one to delete or keep.
        let line = try #require(both.components(separatedBy: "\n").firstIndex { $0.contains("rule: required, rules:") }) + 1
        #expect(bothError?.location.line == line)
        #expect(bothError?.location.column == (both.components(separatedBy: "\n")[line - 1].range(of: "required")!.lowerBound.utf16Offset(in: both.components(separatedBy: "\n")[line - 1]) + 1))
    }
}
