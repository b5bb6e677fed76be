import Testing
@testable import UnionEvalCore

/// `award.composition`: limits on which kinds of units (unions.csv 类别) make up the 先进基层工会 list,
/// enforced by swaps along the ranking and stated under it.
@Suite struct UnitCompositionTests {
    /// Six units ranked U1…U6 by their committee score (K5), three places (quota 50%).
    static func run(categories: [String], scores: [Double] = [5, 4.5, 4, 3.5, 3, 2.5], composition: String, unions: String? = nil,
        objections: String? = nil
    ) throws -> EvaluationRun {
        let criteria = try TestSupport.rubric {
            $0.replacingOccurrences(of: "  rounding: down\n", with: "  rounding: down\n  composition:\n\(composition)")
        }
        let names = (1...6).map { "U\($0)" }
        let table = unions ?? "二级工会,类别\n" + zip(names, categories).map { "\($0),\($1)\n" }.joined()
        let members = "工号,姓名,二级工会\n" + names.map { "\($0)01,\($0)甲,\($0)\n" }.joined()
        let reviews = "二级工会,指标,得分\n" + zip(names, scores).map { "\($0),K5,\($1)\n" }.joined()
        var inputs = TestSupport.inputs(ledgers: [:], reviews: reviews, unions: table, members: members)
        if let objections { inputs.office[.objections] = TestSupport.file("objections.csv", "对象,事由,结论,日期\n" + objections) }
        return EvaluationRun(inputs: inputs, criteria: criteria)
    }

    static let officesAtMostAThird = "    - {column: 类别, values: [机关], max: 34%, name: 机关分工会}\n"

    func recommended(_ run: EvaluationRun) -> [String] {
        run.ranking.order.filter { run.ranking.standings[$0].decision == .recommended }.map { run.data.unions[$0].name }
    }

    func standing(_ run: EvaluationRun, _ name: String) -> Standing { run.ranking.standings[run.data.unions.firstIndex { $0.name == name }!] }

    @Test func aMaximumReplacesTheLowestRankedUnitOfTheGroupByTheBestOutsideIt() throws {
        let run = try Self.run(categories: ["机关", "机关", "院系", "院系", "机关", "院系"], composition: Self.officesAtMostAThird)
        #expect(!run.codes.contains { $0.hasPrefix("E-") || $0 == "W-UNION-COLUMN" }, "\(run.diagnostics.map(\.formatted))")
        #expect(recommended(run) == ["U1", "U3", "U4"])
        #expect(standing(run, "U2").decision == .displaced)
        #expect(standing(run, "U2").remark == "因“机关分工会不超过34%”未推荐，由U4替补")
        #expect(standing(run, "U4").remark == "因“机关分工会不超过34%”推荐，替换U2")
        #expect(run.ranking.statements == ["先进基层工会名单构成：机关分工会不超过34%：推荐 3 个，其中 1 个（至多 1 个），已满足；为此调整 1 个（U4替换U2）。"])
        let results = ResultsDocument(run: run, criteria: try TestSupport.rubric(), context: .test)
        #expect(results.awardStatements == run.ranking.statements)
        #expect(results.units.first { $0.union == "U2" }?.decision == .displaced)
        // The margins are the scores': the ranking sheet says so once the list was changed.
        let summary = EvaluationReport(run: run, criteria: try TestSupport.rubric(), context: .test).summarySheet()
        #expect(summary.noteLines.contains("“距名额线”和“改变结果的最小单项变化”按得分排名计算，不含名单构成限制、投票和公示异议对名单的调整（调整见“排名说明”）。"))
        // Each unit's adjustment is written out beside it on 排名说明.
        let report = EvaluationReport(run: run, criteria: try TestSupport.rubric(), context: .test)
        #expect(report.rankingNotes[1].map(\.text).contains("因“机关分工会不超过34%”未推荐，由U4替补"))
        #expect(standing(run, "U2").scoreDecision == .recommended && standing(run, "U4").scoreDecision == .notRecommended)
        let explained = UnitExplanation.lines(for: 1, run: run, criteria: try TestSupport.rubric())
        #expect(explained.contains("排名第 2（共 6 个单位），评选结果：因名单构成限制未推荐（因“机关分工会不超过34%”未推荐，由U4替补）"))
    }

    @Test func aMinimumBringsTheGroupOnInPlaceOfTheLowestRankedOthers() throws {
        let run = try Self.run(
            categories: ["机关", "机关", "院系", "院系", "机关", "院系"],
            composition: "    - {column: 类别, values: [院系], min: 67%, name: 院系分工会}\n")
        // Three places need ceil(2.01) = 3 teaching units: U2, then U1, make way for U4 and U6.
        #expect(recommended(run) == ["U3", "U4", "U6"])
        #expect(standing(run, "U1").remark == "因“院系分工会不少于67%”未推荐，由U6替补")
        #expect(run.ranking.statements.first?.hasSuffix("已满足；为此调整 2 个（U4替换U2，U6替换U1）。") == true)
    }

    @Test func aLimitThatHoldsChangesNothingAndSaysSo() throws {
        let run = try Self.run(categories: ["机关", "院系", "院系", "院系", "机关", "院系"], composition: Self.officesAtMostAThird)
        #expect(recommended(run) == ["U1", "U2", "U3"])
        #expect(run.ranking.statements == ["先进基层工会名单构成：机关分工会不超过34%：推荐 3 个，其中 1 个（至多 1 个），已满足。"])
        let summary = EvaluationReport(run: run, criteria: try TestSupport.rubric(), context: .test).summarySheet()
        #expect(summary.noteLines.starts(with: run.ranking.statements))
    }

    @Test func aPlaceFilledAfterPublicityIsHeldToTheLimitsToo() throws {
        let run = try Self.run(
            categories: ["机关", "院系", "院系", "机关", "院系", "院系"], composition: Self.officesAtMostAThird.replacingOccurrences(of: "\n", with: "\n  vacancy: next\n"),
            objections: "U2,材料不实,成立,2023-12-25\n")
        // U4 fills U2's place by rank, which makes two offices: the final list is held to the limit again.
        #expect(recommended(run) == ["U1", "U3", "U5"])
        #expect(standing(run, "U2").decision == .objectionUpheld)
        #expect(standing(run, "U4").remark == "因“机关分工会不超过34%”未推荐，由U5替补")
        #expect(run.ranking.statements.last == "先进基层工会名单构成：机关分工会不超过34%：推荐 3 个，其中 1 个（至多 1 个），已满足；为此调整 1 个（U5替换U4）。")
    }

    @Test func anUnmeetableLimitIsReportedNotForced() throws {
        let run = try Self.run(categories: ["机关", "机关", "院系", "机关", "机关", "机关"], composition: Self.officesAtMostAThird)
        // U3 is the only teaching unit and is on the list already: nobody can take U2's place.
        #expect(recommended(run) == ["U1", "U2", "U3"])
        #expect(run.ranking.statements == [
            "先进基层工会名单构成：机关分工会不超过34%：推荐 3 个，其中 2 个（至多 1 个），未能满足——没有不属于这一类的单位可递补（其余单位均未达到评选条件）。"
        ])
        let summary = RunSummary.lines(run, nomination: run.nomination, criteria: try TestSupport.rubric())
        #expect(summary.contains(run.ranking.statements[0]))
    }

    @Test func conflictingLimitsAreReportedAsConflicting() throws {
        let run = try Self.run(
            categories: ["机关", "机关", "院系", "院系", "机关", "院系"],
            composition: Self.officesAtMostAThird + "    - {column: 类别, values: [机关], min: 60%, name: 机关分工会}\n")
        // At most one and at least two offices on three places: the swap the first asks for would break the
        // second, which holds, so it is not made and the first says why.
        #expect(recommended(run) == ["U1", "U2", "U3"])
        #expect(run.ranking.statements == [
            "先进基层工会名单构成：机关分工会不超过34%：推荐 3 个，其中 2 个（至多 1 个），未能满足——与“机关分工会不少于60%”冲突：能做的替换会使其不再满足。",
            "先进基层工会名单构成：机关分工会不少于60%：推荐 3 个，其中 2 个（至少 2 个），已满足。",
        ])
    }

    @Test func unitsEqualOnEveryCountLeaveTheSwapToTheCommittee() throws {
        let run = try Self.run(
            categories: ["机关", "机关", "院系", "院系", "机关", "院系"], scores: [5, 4.5, 4, 3, 2.5, 3], composition: Self.officesAtMostAThird)
        // U4 and U6 are equal on the total and every tie-break: which of them replaces U2 is not a rule's to say.
        #expect(recommended(run) == ["U1", "U2", "U3"])
        #expect(run.ranking.statements[0].hasSuffix("未能满足——可替换的单位总分及各项比较指标完全相同，须委员会裁定。"))
    }

    @Test func aMissingColumnIsWarnedAndTheLimitStatedUnmet() throws {
        let run = try Self.run(
            categories: [], composition: Self.officesAtMostAThird, unions: "二级工会\n" + (1...6).map { "U\($0)\n" }.joined())
        let warning = try #require(run.diagnostics.first { $0.code == "W-UNION-COLUMN" })
        #expect(warning.location.file == "unions.csv")
        #expect(warning.message.hasPrefix("评分标准按参评单位表的“类别”列限制先进基层工会名单构成（“机关分工会不超过34%”），但该表没有这一列"))
        #expect(recommended(run) == ["U1", "U2", "U3"])
        #expect(run.ranking.statements[0] == "先进基层工会名单构成：机关分工会不超过34%：推荐 3 个，其中几个属于这一类无法核对，未能满足——参评单位表（unions）没有“类别”列，无法核对哪些单位属于这一类。")
    }

    @Test func theCriteriaNameOnlyColumnsUnionsCanHaveAndOnlyTheSchoolsList() throws {
        let text = try TestSupport.fixture("rubric.yaml")
        let wrongColumn = text.replacingOccurrences(
            of: "  rounding: down\n", with: "  rounding: down\n  composition:\n    - {column: 行政职务, values: [处级], max: 30%}\n")
        let (_, columnProblems) = CriteriaParser.parse(wrongColumn, file: "rubric.yaml")
        let reference = try #require(columnProblems.first { $0.code == "E-CRITERIA-REFERENCE" })
        #expect(reference.message == "“award.composition[0]”中的“行政职务”不是参评单位表（unions）的列。可用的列：类别。")
        #expect(reference.location.line > 0)
        let unitScope = text.replacingOccurrences(
            of: "  rounding: down\n", with: "  rounding: down\n  composition:\n    - {column: 类别, values: [机关], max: 30%, scope: unit}\n")
        let (_, scopeProblems) = CriteriaParser.parse(unitScope, file: "rubric.yaml")
        #expect(scopeProblems.first { $0.code == "E-CRITERIA-KEY" }?.message == "“award.composition[0].scope”只能是 school：先进基层工会名单是全校的一份名单。")
    }
}
