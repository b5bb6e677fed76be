import Testing
@testable import UnionEvalCore

/// The ballot (`activists.votes` over votes.csv) and objections after 公示 (objections.csv): who comes
/// off the list, who fills the place (`vacancy`), what the list then says, and the files' located errors.
@Suite struct BallotAndObjectionTests {
    /// A单位's quota is 4: A01–A04 by points (see `RosterRulesTests.inputs`), then A05, A06, A07, A08.
    static func run(votes: String? = nil, objections: String? = nil, rules: String) throws -> EvaluationRun {
        let criteria = try Self.rubric(rules)
        var inputs = RosterRulesTests.inputs(members: TestSupport.members)
        if let votes { inputs.office[.votes] = TestSupport.file("votes.csv", "评选,对象,赞成,反对,弃权,应到,实到\n" + votes) }
        if let objections { inputs.office[.objections] = TestSupport.file("objections.csv", "对象,事由,结论,日期\n" + objections) }
        return EvaluationRun(inputs: inputs, criteria: criteria)
    }

    /// The roster rules' rubric with `rules` at the level of `activists`.
    static func rubric(_ rules: String) throws -> Criteria {
        try TestSupport.rubric {
            $0.replacingOccurrences(of: "  quota:\n    rate: 10%\n", with: "\(rules)  quota:\n    rate: 30%\n")
        }
    }

    static let ballot = """
        工会工作积极分子,A01,6,3,1,12,10
        工会工作积极分子,A02,5,5,0,,
        工会工作积极分子,甲3,8,1,1,,
        工会工作积极分子,A05,7,2,1,,
        工会工作积极分子,A06,9,1,0,,

        """

    func staffIDs(_ run: EvaluationRun) -> [String] { run.nomination!.nominees.map { run.data.members[$0].staffID } }

    @Test func aNomineeBelowTheThresholdComesOffAndThePlaceStaysVacantByDefault() throws {
        let run = try Self.run(votes: Self.ballot, rules: "")
        #expect(run.diagnostics.filter { $0.severity == .error }.isEmpty)
        // Without `activists.votes` the ballot is shown, not applied.
        #expect(staffIDs(run) == ["A01", "A02", "A03", "A04"])
        let voted = try Self.run(votes: Self.ballot, rules: "  votes: {pass: 过半数, of: 实到}\n")
        let nomination = try #require(voted.nomination)
        #expect(staffIDs(voted) == ["A01", "A03"])
        #expect(nomination.decisions[voted.member("A02")].reasonText == "投票未通过：赞成 5 票，实到 10 人，未达过半数")
        #expect(nomination.decisions[voted.member("A04")].reasonText == "投票未通过：投票结果中没有此人")
        #expect(nomination.notes[voted.member("A02")] == ["名额空缺（评分标准规定不递补）"])
        #expect(nomination.statements == ["经投票（赞成票须达到实到人数的过半数，实到 10 人）：2 人未获通过，已从名单中撤下（见“候选人明细”）。"])
        #expect(nomination.quotas[0].nominated == 2)
        // `explain --person` shows the ballot of those who passed too, not only of those who failed.
        let criteria = try Self.rubric("  votes: {pass: 过半数, of: 实到}\n")
        #expect(PersonExplanation.lines(for: voted.member("A01"), run: voted, criteria: criteria).contains("投票：赞成 6 票，反对 3 票，弃权 1 票（实到 10 人，达到过半数）"))
        #expect(PersonExplanation.lines(for: voted.member("A04"), run: voted, criteria: criteria).contains("投票：投票结果中没有此人"))
    }

    @Test func withVacancyNextTheUnitsNextCandidateWhoPassedFillsThePlace() throws {
        let run = try Self.run(votes: Self.ballot, rules: "  votes: {pass: 2/3, of: 应到}\n  vacancy: next\n")
        // 2/3 of 12 entitled is 8: A03 (8) and A06 (9) pass; A01 (6) and A02 (5) do not; A05 (7) neither.
        #expect(staffIDs(run) == ["A03", "A06"])
        let nomination = try #require(run.nomination)
        #expect(nomination.notes[run.member("A06")] == ["因甲1投票未通过，按得分递补"])
        #expect(nomination.notes[run.member("A02")] == ["名额空缺：本单位没有符合条件的候选人可递补"])
    }

    @Test func anUpheldObjectionTakesTheNomineeOffAndOneNotUpheldIsNoted() throws {
        let run = try Self.run(
            objections: "A01,兼任处级领导职务,成立,2023-12-22\n甲3,活动记录不实,不成立,12月23日\n",
            rules: "  vacancy: next\n")
        let nomination = try #require(run.nomination)
        #expect(staffIDs(run) == ["A02", "A03", "A04", "A05"])
        #expect(nomination.decisions[run.member("A01")].reasonText == "公示期间异议成立：兼任处级领导职务")
        #expect(nomination.notes[run.member("A05")] == ["因甲1的公示异议成立，按得分递补（未经原公示，须另行公示）"])
        #expect(nomination.notes[run.member("A03")] == ["公示期间有异议（活动记录不实），经核实不成立"])
        #expect(nomination.statements == ["公示期满，收到异议 2 件：成立 1 件，已从名单中撤下 A单位 甲1（兼任处级领导职务）；不成立 1 件。"])
        let results = ResultsDocument(run: run, criteria: try Self.rubric(""), context: .test)
        #expect(results.nominations?.map(\.staffID).contains("A01") == false)
        #expect(results.listStatements == nomination.statements)
        let empty = try Self.run(objections: "", rules: "")
        #expect(empty.nomination?.statements == ["公示期满，无异议。"])
    }

    /// `votes: {weight: 10}`: the share of approvals adds up to 10 points, no condition.
    @Test func aWeightedBallotAddsPointsBeforeTheQuotaCut() throws {
        let run = try Self.run(votes: "工会工作积极分子,A05,9,1,0,12,10\n工会工作积极分子,A03,1,9,0,,\n", rules: "  votes: {weight: 10}\n")
        let nomination = try #require(run.nomination)
        // A05 organised 5 times (15 points) and gets 9 of 10: 24, level with A02 (who organised more);
        // A03's 21 + 1 keeps it above A04's 18, who drops out.
        #expect(nomination.scores[run.member("A05")].points == Points(24))
        #expect(nomination.scores[run.member("A05")].votePoints == Points(9))
        #expect(staffIDs(run) == ["A01", "A02", "A05", "A03"])
        #expect(nomination.statements.isEmpty)
        #expect(PersonExplanation.lines(for: run.member("A05"), run: run, criteria: try Self.rubric("  votes: {weight: 10}\n")).contains(
            "投票加分：+9.0（按得票率（赞成票 ÷ 实到人数）加分，全票加 10.0 分；赞成 9 票）"))
    }

    /// An objection upheld against someone not on the list is still upheld: never "均不成立".
    @Test func anUpheldObjectionAgainstSomeoneOffTheListIsNotCalledGroundless() throws {
        let run = try Self.run(objections: "A08,材料不实,成立,\nA03,材料不实,不成立,\n", rules: "")
        #expect(run.nomination?.statements == ["公示期满，收到异议 2 件：成立 1 件；不成立 1 件。"])
        #expect(run.nomination?.decisions[run.member("A08")] == .objectionUpheld("材料不实"))
    }

    @Test func ballotProblemsAreLocated() throws {
        let run = try Self.run(
            votes: """
                工会工作积极分子,A01,6,3,3,12,10
                工会工作积极分子,A01,6,3,1,,
                工会工作积极分子,张三,6,3,1,,
                先进基层工会,A单位,9,0,0,,
                工会工作积极分子,A02,五,0,0,,
                工会工作积极分子,A03,5,0,0,12,11

                """, rules: "  votes: {pass: 过半数}\n")
        let found = run.diagnostics.filter { $0.location.file == "votes.csv" }.map { "\($0.location.line):\($0.location.column) \($0.code)" }
        // Row 5 is the units' ballot, which states no voters of its own.
        #expect(found == ["3:2 E-VOTE-DUPLICATE", "4:2 E-PERSON-UNKNOWN", "6:3 E-VOTE-COUNT", "7:7 E-VOTE-VOTERS", "2:3 E-VOTE-COUNT", "0:0 E-VOTE-VOTERS"])
        #expect(run.diagnostics.first { $0.code == "E-VOTE-COUNT" && $0.location.line == 2 }?.message == "赞成、反对、弃权合计 12 票，超过实到人数 10；请核对计票。")
    }
}

/// The units' side: `award.votes` and objections against a unit after 公示, on the ranking.
@Suite struct AwardReviewTests {
    /// Two units, one place: A单位 (with a ledger) is recommended, B单位 (none) is not.
    static func run(votes: String? = nil, objections: String? = nil, award: String) throws -> EvaluationRun {
        let criteria = try TestSupport.rubric { $0.replacingOccurrences(of: "  rounding: down\n", with: "  rounding: down\n\(award)") }
        var inputs = RosterRulesTests.inputs(members: TestSupport.members)
        if let votes { inputs.office[.votes] = TestSupport.file("votes.csv", "评选,对象,赞成,反对,弃权,应到,实到\n" + votes) }
        if let objections { inputs.office[.objections] = TestSupport.file("objections.csv", "对象,事由,结论,日期\n" + objections) }
        return EvaluationRun(inputs: inputs, criteria: criteria)
    }

    func decision(_ run: EvaluationRun, _ unit: String) -> Standing { run.ranking.standings[run.data.unions.firstIndex { $0.name == unit }!] }

    @Test func aUnitThatFailsTheVoteMakesWayForTheNextByRank() throws {
        let run = try Self.run(votes: "测试评选,A单位,4,5,0,11,9\n先进基层工会,B单位,8,1,0,,\n", award: "  votes: {pass: 过半数}\n  vacancy: next\n")
        #expect(decision(run, "A单位").decision == .voteFailed)
        #expect(decision(run, "A单位").remark == "投票未通过：赞成 4 票，实到 9 人，未达过半数")
        #expect(decision(run, "B单位").decision == .recommended)
        #expect(decision(run, "B单位").remark == "因A单位投票未通过，按名次递补")
        #expect(run.ranking.statements == ["先进基层工会经投票（赞成票须达到实到人数的过半数，实到 9 人）：1 个单位未获通过，不再推荐（见“备注”）。"])
        // The margins stay those of the scores.
        #expect(run.margins.count == 2)
    }

    @Test func anUpheldObjectionAgainstAUnitWithdrawsItAndTheListSaysSo() throws {
        let run = try Self.run(objections: "A单位,台账材料弄虚作假,成立,2023-12-25\n", award: "")
        #expect(decision(run, "A单位").decision == .objectionUpheld)
        #expect(decision(run, "A单位").decision.chineseLabel == "公示异议成立，不再推荐")
        #expect(decision(run, "B单位").decision == .notRecommended)
        #expect(run.ranking.statements == [
            "A单位的名额空缺（评分标准规定不递补）。", "先进基层工会公示期满，收到异议 1 件：成立 1 件，撤销推荐 A单位（台账材料弄虚作假）。",
        ])
        let summary = RunSummary.lines(run, nomination: run.nomination, criteria: try TestSupport.rubric())
        #expect(Array(summary.prefix(3)) == ["先进基层工会：名额 1 个，推荐 0 个。"] + run.ranking.statements)
        let unknown = try Self.run(votes: "优秀个人,A01,1,0,0,1,1\n", award: "")
        #expect(unknown.diagnostics.map(\.code).contains("E-VOTE-KIND"))
    }
}

/// The units' ballot as a score source (`votes` in `total_weights`): the share of approvals on the
/// target's scale, weighted like the other sources; a unit without a ballot counts 0 and is named.
@Suite struct VoteWeightTests {
    @Test func theApprovalShareIsWeightedIntoTheTotal() throws {
        let criteria = try TestSupport.rubric { $0.replacingOccurrences(of: "total: 22\n", with: "total: 22\ntotal_weights: {ledger: 80%, votes: 20%}\n") }
        var inputs = RosterRulesTests.inputs(members: TestSupport.members)
        inputs.office[.votes] = TestSupport.file("votes.csv", "评选,对象,赞成,反对,弃权,应到,实到\n先进基层工会,A单位,18,2,0,21,20\n")
        let run = EvaluationRun(inputs: inputs, criteria: criteria)
        let unit = run.unit("A单位")
        let ledger = unit.dimensionTotals[0]
        // 18 of 20 present on a total of 22 is 19.8; then 80% ledger + 20% votes, to tenths.
        #expect(unit.weightedRegularTotal == Points(roundingTenths: ledger.tenths * 800 + 198 * 200, over: 1000))
        let missing = run.diagnostics.filter { $0.code == "W-VOTE-MISSING" }
        #expect(missing.map(\.message) == ["“总分”需要投票结果（及实到人数），以下单位没有，该部分按 0 分计：B单位。"])
        #expect(missing.first?.location.file == "votes.csv")
    }
}
