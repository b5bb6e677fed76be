import PropertyBased
import Testing
@testable import UnionEvalCore

@Suite struct ActivistNominationTests {
    let criteria: Criteria
    init() throws { criteria = try TestSupport.rubric() }

    func run(_ ledger: String, members: String = TestSupport.members, exclusions: String? = nil) -> EvaluationRun {
        TestSupport.run(
            TestSupport.inputs(ledgers: ["A单位": ledger], members: members, exclusions: exclusions), criteria: criteria)
    }

    /// Ledger rows with organisers (column 组织者工号 is not in the test header, so build full rows here).
    static func ledger(_ rows: [(date: String, name: String, category: String, level: String, organizers: String, participants: String, outcome: String)]) -> [String: String] {
        let header = "二级工会,日期,活动名称,类别,级别,组织者工号,参与者工号,成果\n"
        return ["A单位": header + rows.map { "A单位,\($0.date),\($0.name),\($0.category),\($0.level),\($0.organizers),\($0.participants),\($0.outcome)" }.joined(separator: "\n")]
    }

    func runRows(_ rows: [(date: String, name: String, category: String, level: String, organizers: String, participants: String, outcome: String)], members: String = TestSupport.members, exclusions: String? = nil, extraLedgers: [String: String] = [:]) -> EvaluationRun {
        TestSupport.run(inputs(rows, members: members, exclusions: exclusions, extraLedgers: extraLedgers), criteria: criteria)
    }

    func inputs(_ rows: [(date: String, name: String, category: String, level: String, organizers: String, participants: String, outcome: String)], members: String = TestSupport.members, exclusions: String? = nil, extraLedgers: [String: String] = [:]) -> YearInputs {
        var inputs = TestSupport.inputs(ledgers: [:], members: members, exclusions: exclusions)
        inputs.activities = Self.ledger(rows).merging(extraLedgers) { a, _ in a }.sorted { $0.key < $1.key }.map {
            TestSupport.file("activities/\($0.key).csv", $0.key == "A单位" ? $0.value : TestSupport.ledgerHeader + $0.value)
        }
        return inputs
    }

    @Test func organisingAndTakingPartEarnTheirPointsAndAnOrganiserIsNotAlsoCountedAsParticipant() {
        let run = runRows([
            ("2023-05-01", "合唱", "文化活动", "院级", "A01", "A01;A02", ""),
            ("2023-05-02", "朗诵", "文化活动", "院级", "", "A02;A03", ""),
        ])
        #expect(run.activistPoints("A01") == Points(3))
        #expect(run.activistPoints("A02") == Points(2))
        #expect(run.activistPoints("A03") == Points(1))
        #expect(run.nomination!.scores[run.member("A01")].participated == 0)
    }

    @Test func categoryCapAndParticipationCapStopManySmallEventsFromWinning() {
        var rows: [(date: String, name: String, category: String, level: String, organizers: String, participants: String, outcome: String)] = []
        for day in 1...5 { rows.append(("2023-05-0\(day)", "球赛\(day)", "体育活动", "院级", "", "A02", "")) }
        for day in 1...6 { rows.append(("2023-06-0\(day)", "合唱\(day)", "文化活动", "院级", "", "A02", "")) }
        rows.append(("2023-07-01", "组织合唱", "文化活动", "院级", "A03", "", ""))
        rows.append(("2023-07-02", "组织合唱2", "文化活动", "院级", "A03", "", ""))
        let run = runRows(rows)
        // Sports: 0.5 each, capped at 1 for the category; all participation capped at 4.
        #expect(run.activistPoints("A02") == Points(4))
        #expect(run.activistPoints("A03") == Points(6))
        let trace = PersonScorer(data: run.data, criteria: criteria, rules: criteria.activists!).score(trace: run.member("A02")).trace
        #expect(trace.contains { $0.note == "已达“体育活动”类上限 1.0 分" })
        #expect(trace.contains { $0.note == "参与得分已达上限 4.0 分" })
        #expect(trace.map(\.points).reduce(.zero, +) == Points(4))
    }

    @Test func anAwardCountsOnceForEachPersonAtItsHighestLevel() {
        let run = runRows([
            ("2023-05-01", "技能大赛", "技能竞赛", "市级", "", "A05", "二等奖"),
            ("2023-09-01", "技能大赛", "技能竞赛", "省部级", "", "A05", "一等奖"),
        ])
        #expect(run.activistPoints("A05") == Points(2 + 6))
        #expect(run.nomination!.scores[run.member("A05")].awards.map(\.level) == [.province])
    }

    @Test func eachEligibilityRuleIsAppliedAndRecorded() {
        let members = """
            工号,姓名,二级工会,会员,工会职务,入会日期
            A01,甲,A单位,否,会员,2010-09-01
            A02,乙,A单位,是,主席,2010-09-01
            A03,丙,A单位,是,会员,2023-09-01
            A04,丁,A单位,是,会员,2010-09-01
            A05,戊,A单位,是,会员,2010-09-01
            A06,己,A单位,是,会员,
            B01,庚,B单位,是,会员,2010-09-01
            """
        let everyone = "A01;A02;A03;A04;A05;A06"
        let run = runRows(
            [
                ("2023-05-01", "合唱", "文化活动", "院级", "", everyone, ""),
                ("2023-05-02", "朗诵", "文化活动", "院级", "", everyone.replacingOccurrences(of: "A05;", with: ""), ""),
            ], members: members, exclusions: "工号,原因\nA04,受到处分\n")
        #expect(run.decision("A01") == .ineligible([.notMember]))
        #expect(run.decision("A02") == .ineligible([.excludedRole("主席")]))
        #expect(run.decision("A03") == .ineligible([.tenure(months: 3, minimum: 6)]))
        #expect(run.decision("A04") == .ineligible([.excluded(reason: "受到处分")]))
        #expect(run.decision("A05") == .ineligible([.tooFewActivities(count: 1, minimum: 2)]))
        // No 入会日期: tenure cannot be checked, so it does not count against the person.
        #expect(run.decision("A06") == .nominated)
        #expect(run.decision("B01") == .ineligible([.tooFewActivities(count: 0, minimum: 2)]))
    }

    @Test(arguments: [
        (25, 100, AwardRule.Rounding.halfUp, 3), (25, 100, .down, 2), (15, 100, .halfUp, 2), (14, 100, .halfUp, 1),
        (6, 80, .halfUp, 1), (0, 80, .halfUp, 0), (45, 100, .up, 5),
    ])
    func quotaRoundingAtTheHalfAndTheMinimum(members: Int, permille: Int, rounding: AwardRule.Rounding, expected: Int) {
        #expect(QuotaAllocator.places(members: members, permille: permille, rounding: rounding, minimum: 1) == expected)
    }

    @Test func aUnitRecommendedAsAdvancedGetsTheExtraShare() {
        // A单位 (10 members) scores higher and takes the single award place: 10 × (10% + 5%) = 1.5 → 2.
        let run = runRows([("2023-05-01", "合唱", "文化活动", "院级", "A01", "A02", "")])
        let a = run.nomination!.quotas[0]
        #expect(run.ranking.standings[0].decision == .recommended)
        #expect((a.base, a.extra, a.quota) == (1, 1, 2))
        #expect(a.extraReason == "推荐为先进基层工会")
        #expect(run.nomination!.quotas[1].quota == 2)  // B单位: 20 × 10% = 2, no extra
    }

    @Test func anOverallCapTakesPlacesFromTheLargestQuotasFirst() throws {
        var capped = criteria
        capped.activists!.quota.overallCap = 3
        let run = TestSupport.run(TestSupport.inputs(ledgers: [:]), criteria: capped)
        #expect(run.nomination!.quotas.map(\.quota) == [1, 2])
        var tighter = criteria
        tighter.activists!.quota.overallCap = 1
        let floor = TestSupport.run(TestSupport.inputs(ledgers: [:]), criteria: tighter)
        // Never below a unit's minimum of 1, even if the cap cannot then be met.
        #expect(floor.nomination!.quotas.map(\.quota) == [1, 1])
    }

    @Test func tiesAtTheQuotaLineAreFlaggedNotBrokenByIDOrName() {
        // B单位 has 2 places: B01 leads; B02 and B03 tie for the second place.
        let b = """
            B单位,2023-05-01,合唱,文化活动,院级,B01;B02;B03,
            B单位,2023-05-02,朗诵,文化活动,院级,B01;B02;B03,
            B单位,2023-05-03,舞蹈,文化活动,院级,B01,
            """
        var noExtra = criteria
        noExtra.activists!.quota.extraForAdvancedPermille = 0
        var inputs = TestSupport.inputs(ledgers: ["B单位": b])
        inputs.activities += [TestSupport.file("activities/A单位.csv", TestSupport.ledgerHeader + "A单位,2023-05-01,合唱,文化活动,院级,A01,")]
        let run = TestSupport.run(inputs, criteria: noExtra)
        #expect(run.nomination!.quotas[1].quota == 2)
        #expect(run.decision("B01") == .nominated)
        #expect(run.decision("B02") == .tied)
        #expect(run.decision("B03") == .tied)
        #expect(run.nomination!.quotas[1].tied == 2)
        #expect(run.nomination!.quotas[1].nominated == 1)
    }

    @Test func thePublicNoticeShowsUnitAndNameOnly() throws {
        let run = runRows(
            [
                ("2023-05-01", "合唱", "文化活动", "院级", "A01", "A02;A03", ""),
                ("2023-05-02", "朗诵", "文化活动", "院级", "A01", "A02;A03", ""),
            ], exclusions: "工号,原因\nA03,受到处分\n")
        let report = ActivistReport(
            data: run.data, criteria: criteria, nomination: run.nomination!, diagnostics: run.diagnostics,
            context: RunContext(runTime: "t", criteriaPath: "c", criteriaSHA256: "h", inputFolder: "i"))
        let notice = report.publicNoticeSheet()
        #expect(notice.columns == ["序号", "二级工会", "人数", "姓名", "", "", "", ""])
        #expect(notice.titleLines == ["2023年度工会工作积极分子拟推荐名单公示"])
        let text = (notice.rows.flatMap { $0.map(\.displayText) } + notice.noteLines).joined(separator: " ")
        #expect(!text.contains("A0"))
        #expect(!text.contains("处分"))
        // A row per unit, a name to a cell.
        #expect(notice.rows.map { $0.map(\.displayText) } == [["1", "A单位", "2", "甲1", "甲2", "", "", ""]])
        #expect(notice.noteLines.contains("公示期：2023年12月18日至2023年12月22日（5个工作日）。"))
        let candidates = report.candidateSheet()
        #expect((0..<candidates.rowCount).contains { candidates.row($0).contains(.text("不予推荐（受到处分）")) })
    }

    @Test func theReasonIsWrittenFromThePersonsOwnRecords() {
        let run = runRows([
            ("2023-03-08", "三八节系列活动", "三八节", "院级", "A01", "", ""),
            ("2023-05-08", "合唱", "文化活动", "院级", "A01", "", ""),
            ("2023-06-08", "朗诵", "文化活动", "院级", "", "A01", ""),
            ("2023-11-08", "技能竞赛", "技能竞赛", "市级", "", "A01", "二等奖"),
        ])
        let score = run.nomination!.scores[run.member("A01")]
        #expect(NominationReason.text(for: score, data: run.data, criteria: criteria) == "组织三八节系列活动等2次，参与活动2次，获市级技能竞赛二等奖1项")
    }

    /// An activity named by what was done keeps its own verb, and an award is for the event itself.
    @Test func theReasonDoesNotDoubleAVerb() {
        let run = runRows([
            ("2023-03-08", "组织三八节系列活动", "三八节", "院级", "A01", "", ""),
            ("2023-11-08", "参加第十七届运动会", "体育活动", "市级", "", "A01", "一等奖"),
        ])
        let score = run.nomination!.scores[run.member("A01")]
        #expect(NominationReason.text(for: score, data: run.data, criteria: criteria) == "组织三八节系列活动1次，参与活动1次，获市级第十七届运动会一等奖1项")
    }

    /// The record a reason names first: the highest level organised, then the earliest of that level.
    @Test func theMostNotableRecordOrganisedIsTheHighestLevelThenTheEarliest() {
        let run = runRows([
            ("2023-03-01", "早期院级", "文化活动", "院级", "A01", "", ""),
            ("2023-09-01", "后来校级", "文化活动", "校级", "A01", "", ""),
            ("2023-06-01", "较早校级", "文化活动", "校级", "A01;A02", "", ""),
            ("2023-12-01", "年末院级", "文化活动", "院级", "A02", "", ""),
            ("2023-02-01", "只参与", "文化活动", "市级", "", "A03", ""),
            ("2023-07-01", "同日甲", "文化活动", "校级", "A04", "", ""),
            ("2023-07-01", "同日乙", "文化活动", "校级", "A04", "", ""),
        ])
        let notable = { (staffID: String) in
            run.nomination!.scores[run.member(staffID)].mostNotableOrganized.map { run.data.name(of: run.data.records[$0]) }
        }
        #expect(notable("A01") == "较早校级")
        #expect(notable("A02") == "较早校级")
        #expect(notable("A03") == nil)
        // On a tie, the record met first in scoring order (the order of `records`).
        #expect(notable("A04") == run.data.records.map { run.data.name(of: $0) }.first { $0.hasPrefix("同日") })
    }

    /// The rank kept in a member's row orders records exactly as (level, earlier date) does, over every parseable year.
    @Test func notableRankOrdersByLevelThenEarlierDate() async {
        let day = Gen.int(in: CalendarDate(year: 1900, month: 1, day: 1)!.daysSinceEpoch...CalendarDate(year: 2999, month: 12, day: 31)!.daysSinceEpoch)
        let level = Gen.int(in: 0...(LevelVocabulary.university.levels.count - 1)).map { ActivityLevel(rawValue: $0) }
        await propertyCheck(input: zip(level, day, level, day)) { levelA, dayA, levelB, dayB in
            let rankA = PersonScorer.notableRank(level: levelA, day: Int32(dayA))
            let rankB = PersonScorer.notableRank(level: levelB, day: Int32(dayB))
            #expect((rankA > rankB) == ((levelA, -dayA) > (levelB, -dayB)))
            #expect(rankA > 0)
        }
    }

    /// `run` ranks units first and nominates beside writing the evaluation workbook: that must nominate
    /// exactly as scoring both together does.
    @Test func nominatingAfterRankingEqualsScoringTogether() {
        let rows: [(date: String, name: String, category: String, level: String, organizers: String, participants: String, outcome: String)] = [
            ("2023-05-01", "合唱", "文化活动", "院级", "A01", "A01;A02;A03", ""),
            ("2023-05-02", "球赛", "体育活动", "校级", "A02", "A03;A04", "一等奖"),
            ("2023-06-02", "球赛", "体育活动", "市级", "A02", "A03;A05", "一等奖"),
        ]
        let together = runRows(rows)
        let (data, diagnostics) = YearDataLoader.load(inputs(rows), criteria: criteria)
        let unitsFirst = EvaluationRun(data: data, loadDiagnostics: diagnostics, criteria: criteria, scoresPeople: false)
        #expect(unitsFirst.nomination == nil)
        let nomination = unitsFirst.nominate(from: data, criteria: criteria)
        #expect(nomination?.scores == together.nomination?.scores)
        #expect(nomination?.decisions == together.nomination?.decisions)
        #expect(nomination?.quotas == together.nomination?.quotas)
        #expect(nomination?.nominees == together.nomination?.nominees)
        #expect(together.nomination?.nominees.isEmpty == false)
    }

    /// `explain --person` tells each member's points record by record from the same walk and the same
    /// choice of awards: the contributions add up to the score, with caps and repeated achievements.
    @Test func everyMembersTraceAddsUpToTheirScore() async {
        let staff = (1...10).map { "A\(String(format: "%02d", $0))" }
        let categories = ["文化活动", "体育活动", "三八节", "技能竞赛"]
        let levels = ["院级", "校级", "市级", "省部级"]
        let outcomes = ["", "一等奖", "二等奖"]
        func ids(_ mask: Int) -> String { staff.indices.filter { mask & (1 << $0) != 0 }.map { staff[$0] }.joined(separator: ";") }
        let row = zip(
            Gen.int(in: 1...12), Gen.int(in: 0...4), Gen.int(in: 0...3), Gen.int(in: 0...3), Gen.int(in: 0...1023),
            Gen.int(in: 0...1023), Gen.int(in: 0...2)
        )
        await propertyCheck(count: 30, input: row.array(of: 1...25)) { rows in
            let ledger = rows.map { month, name, category, level, organizers, participants, outcome in
                (date: "2023-\(month)-\(name + 1)", name: "活动\(name)", category: categories[category], level: levels[level],
                 organizers: ids(organizers & 0x0421), participants: ids(participants), outcome: outcomes[outcome])
            }
            let (data, _) = YearDataLoader.load(inputs(ledger), criteria: criteria)
            let scorer = PersonScorer(data: data, criteria: criteria, rules: criteria.activists!)
            let scores = scorer.score().scores
            for member in data.members.indices where data.members[member].union == 0 {
                let trace = scorer.score(trace: member).trace
                #expect(trace.map(\.points).reduce(.zero, +) == scores[member].points, "\(data.members[member].staffID)")
                #expect(trace.map(\.record) == trace.map(\.record).sorted())
                #expect(trace.filter { $0.role == .award && $0.points > .zero }.count == scores[member].awards.count)
            }
        }
    }

    /// Each half of the roster scored on its own (as `validate` does, one half per core) gives every
    /// member exactly the score the whole roster scored at once gives: organisers, participants, caps,
    /// awards and the most notable record organised, with people of both halves in the same records.
    @Test func scoringTheRosterInHalvesEqualsScoringItWhole() async {
        let staff = (1...10).map { "A\(String(format: "%02d", $0))" } + (1...20).map { "B\(String(format: "%02d", $0))" }
        let categories = ["文化活动", "体育活动", "三八节", "技能竞赛"]
        let levels = ["院级", "校级", "市级"]
        let outcomes = ["", "一等奖", "二等奖"]
        func ids(_ mask: Int) -> String { staff.indices.filter { mask & (1 << $0) != 0 }.map { staff[$0] }.joined(separator: ";") }
        let row = zip(
            Gen.int(in: 1...12), Gen.int(in: 0...5), Gen.int(in: 0...3), Gen.int(in: 0...2), Gen.int(in: 0...(1 << 30 - 1)),
            Gen.int(in: 0...(1 << 30 - 1)), Gen.int(in: 0...2)
        )
        await propertyCheck(count: 40, input: row.array(of: 1...30)) { rows in
            let ledger = rows.map { month, name, category, level, organizers, participants, outcome in
                (date: "2023-\(month)-\(name + 1)", name: "活动\(name)", category: categories[category], level: levels[level],
                 organizers: ids(organizers & participants & 0x2104_0821), participants: ids(participants), outcome: outcomes[outcome])
            }
            let (data, _) = YearDataLoader.load(inputs(ledger), criteria: criteria)
            let scorer = PersonScorer(data: data, criteria: criteria, rules: criteria.activists!)
            #expect(scorer.memberHalves.count == 2)
            let halves = scorer.memberHalves.flatMap { scorer.score(members: $0, trace: nil).scores }
            #expect(halves == scorer.score().scores)
        }
    }
}
