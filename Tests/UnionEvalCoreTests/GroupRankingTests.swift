import Testing
@testable import UnionEvalCore

/// `groups`: units ranked and awarded within their group (unions.csv 组别), each with its own places,
/// award line, ties and margins.
@Suite struct GroupRankingTests {
    static let groups = "groups:\n  - {name: 院系, quota: 50%}\n  - {name: 机关, count: 1}\n"

    /// Six units scored by their committee score (K5): U1 5, U2 4.5, U3 4, U4 3.5, U5 3, U6 2.5 by default.
    static func run(
        groups: [String] = ["院系", "机关", "院系", "院系", "机关", "院系"], scores: [Double] = [5, 4.5, 4, 3.5, 3, 2.5],
        criteriaGroups: String = groups
    ) throws -> EvaluationRun {
        let criteria = try TestSupport.rubric { $0 + criteriaGroups }
        let names = (1...6).map { "U\($0)" }
        let unions = "二级工会,组别\n" + zip(names, groups).map { "\($0),\($1)\n" }.joined()
        let members = "工号,姓名,二级工会\n" + names.map { "\($0)01,\($0)甲,\($0)\n" }.joined()
        let reviews = "二级工会,指标,得分\n" + zip(names, scores).map { "\($0),K5,\($1)\n" }.joined()
        return EvaluationRun(inputs: TestSupport.inputs(ledgers: [:], reviews: reviews, unions: unions, members: members), criteria: criteria)
    }

    func standing(_ run: EvaluationRun, _ name: String) -> Standing { run.ranking.standings[run.data.unions.firstIndex { $0.name == name }!] }

    func recommended(_ run: EvaluationRun) -> [String] {
        run.ranking.order.filter { run.ranking.standings[$0].decision == .recommended }.map { run.data.unions[$0].name }
    }

    @Test func eachGroupIsRankedAndAwardedOnItsOwn() throws {
        let run = try Self.run()
        #expect(!run.codes.contains { $0.hasPrefix("E-") }, "\(run.diagnostics.map(\.formatted))")
        // 院系: four units, 50% is two places; 机关: one place.
        #expect(run.ranking.groupPlaces == [2, 1])
        #expect(run.ranking.places == 3)
        #expect(recommended(run) == ["U1", "U3", "U2"])
        #expect(run.ranking.order.map { run.data.unions[$0].name } == ["U1", "U3", "U4", "U6", "U2", "U5"])
        #expect(["U1", "U3", "U4", "U6", "U2", "U5"].map { standing(run, $0).rank } == [1, 2, 3, 4, 1, 2])
        // Margins are to the unit's own group's line: U3 leads U4 by 0.5, U2 leads U5 by 1.5.
        #expect(run.margins[2].margin == Points(tenths: 5))
        #expect(run.margins[1].margin == Points(tenths: 15))
        #expect(run.margins[3].margin == Points(tenths: -5))
        let criteria = try TestSupport.rubric { $0 + Self.groups }
        let summary = EvaluationReport(run: run, criteria: criteria, context: .test).summarySheet()
        #expect(summary.columns.prefix(3) == ["排名", "二级工会", "组别"])
        let line = { (unit: String) in run.unit(unit).total }
        #expect(Array(summary.noteLines.prefix(2)) == [
            "院系组：4 个单位，名额 2 个（本组单位数的 50%，向下取整），名额线 \(line("U3")) 分。", "机关组：2 个单位，名额 1 个（固定 1 个），名额线 \(line("U2")) 分。",
        ])
        #expect(UnitExplanation.lines(for: 1, run: run, criteria: criteria).contains { $0.hasPrefix("机关组排名第 1（共 2 个单位），评选结果：推荐为先进基层工会") })
        let results = ResultsDocument(run: run, criteria: criteria, context: .test)
        #expect(results.units.first { $0.union == "U5" }?.group == "机关")
    }

    @Test func aTieAtOneGroupsLineGoesToTheCommitteeAndLeavesTheOtherGroupAlone() throws {
        let run = try Self.run(scores: [5, 4.5, 4, 4, 3, 2.5])
        // U3 and U4 are equal on everything at 院系's second place; 机关 is unaffected.
        #expect(standing(run, "U3").decision == .committee && standing(run, "U4").decision == .committee)
        #expect(standing(run, "U2").decision == .recommended)
        #expect(recommended(run) == ["U1", "U2"])
    }

    @Test func aUnitWithoutAKnownGroupIsALocatedErrorAndTakesNoPlace() throws {
        let run = try Self.run(groups: ["院系", "机关", "院系", "", "机关", "后勤"])
        let errors = run.diagnostics.filter { $0.code == "E-UNION-GROUP" }
        #expect(errors.map(\.location.line) == [5, 7])
        #expect(errors.first?.message == "“组别”为空：应为 院系、机关 之一。本单位照常计分，但不参加排名评选。")
        #expect(errors.last?.rawValue == "后勤")
        #expect(standing(run, "U4").group == nil && standing(run, "U4").decision == .notRecommended)
        #expect(standing(run, "U4").remark == "“组别”未填写或不是评分标准中的分组，不参加评选（见“数据问题”）")
        // 院系 now has U1 and U3: one place.
        #expect(recommended(run) == ["U1", "U2"])
    }

    @Test func anIndicatorForOneGroupScoresOnlyItsUnitsAndTheOtherGroupIsScaled() throws {
        // K4 (人均体育, 4 points) applies to 院系 only: 机关's items add up to 18 of 22, scaled to 22.
        let criteria = try TestSupport.rubric {
            $0.replacingOccurrences(of: "        name: 人均体育\n", with: "        name: 人均体育\n        groups: [院系]\n") + Self.groups
        }
        #expect(criteria.regularMaximum(of: 0) == Points(22) && criteria.regularMaximum(of: 1) == Points(18))
        let names = (1...6).map { "U\($0)" }
        let unions = "二级工会,组别\n" + zip(names, ["院系", "机关", "院系", "院系", "机关", "院系"]).map { "\($0),\($1)\n" }.joined()
        let members = "工号,姓名,二级工会\n" + names.map { "\($0)01,\($0)甲,\($0)\n" }.joined()
        let ledger = names.map { "\($0),2023-05-01,篮球赛,体育活动,院级,\($0)01,\n\($0),2023-03-08,三八节活动,三八节,院级,\($0)01,\n" }.joined()
        let reviews = "二级工会,指标,得分\n" + names.map { "\($0),K5,5\n" }.joined()
        let run = EvaluationRun(inputs: TestSupport.inputs(ledgers: ["all": ledger], reviews: reviews, unions: unions, members: members), criteria: criteria)
        #expect(!run.codes.contains { $0.hasPrefix("E-") }, "\(run.diagnostics.map(\.formatted))")
        let office = run.unit("U2")
        #expect(office.indicators[3].points == .zero)
        #expect(office.indicators[3].measured == "不适用（本项只适用于院系组）")
        #expect(run.unit("U1").indicators[3].points > .zero)
        // 机关: K2 4 + K3 3 (one member, who took part) + K5 5 = 12 of 18, scaled to 22: 14.7.
        #expect(office.weightedRegularTotal == Points(roundingTenths: 120 * 220, over: 180))
        #expect(office.total == office.weightedRegularTotal)
        #expect(office.weightedRegularTotalWords == "本组各项满分合计 18.0 分，12.0 分按 22.0 分折算")
        let report = EvaluationReport(run: run, criteria: criteria, context: .test)
        #expect(report.summarySheet().columns.contains("折算合计"))
        #expect(report.rubricSheet().noteLines == [
            "院系组：适用的各项满分合计 22.0 分；名额为本组单位数的 50%，向下取整。", "机关组：适用的各项满分合计 18.0 分，各项得分合计按 22.0 分折算（× 22.0 ÷ 18.0，再加加分项和校工会加减分）；名额固定 1 个。",
        ])
        let (_, problems) = CriteriaParser.parse(
            try TestSupport.fixture("rubric.yaml").replacingOccurrences(of: "        name: 人均体育\n", with: "        name: 人均体育\n        groups: [后勤]\n") + Self.groups,
            file: "rubric.yaml")
        #expect(problems.contains { $0.code == "E-CRITERIA-REFERENCE" && $0.message == "“dimensions[0].indicators[3].groups”中的“后勤”不是评分标准的分组：应为 院系、机关 之一。" })
    }

    @Test func whenGroupsAreScaledAUnitOfNoKnownGroupKeepsItsSumInTheColumn() throws {
        // The 折算合计 column feeds the 总分 formula: a unit whose 组别 is unknown must have its own sum there.
        let criteria = try TestSupport.rubric {
            $0.replacingOccurrences(of: "        name: 人均体育\n", with: "        name: 人均体育\n        groups: [院系]\n") + Self.groups
        }
        let names = (1...3).map { "U\($0)" }
        let unions = "二级工会,组别\nU1,院系\nU2,机关\nU3,后勤\n"
        let members = "工号,姓名,二级工会\n" + names.map { "\($0)01,\($0)甲,\($0)\n" }.joined()
        let reviews = "二级工会,指标,得分\n" + names.map { "\($0),K5,5\n" }.joined()
        let run = EvaluationRun(inputs: TestSupport.inputs(ledgers: [:], reviews: reviews, unions: unions, members: members), criteria: criteria)
        let stray = run.unit("U3")
        let sum = stray.dimensionTotals.enumerated().filter { !criteria.dimensions[$0.offset].isBonus }.reduce(Points.zero) { $0 + $1.element }
        #expect(stray.weightedRegularTotal == sum)
        #expect(stray.weightedRegularTotalWords == "组别不明，不折算")
        #expect(stray.total == sum + stray.dimensionTotals[1] + stray.adjustmentBonus - stray.deduction)
        #expect(run.ranking.groupLabel(of: 2, in: criteria) == "未分组单位中")
    }

    @Test func aRequiredEventForOneGroupIsNotOwedByTheOther() throws {
        // K2 (三八节, required) applies to 院系 only: an office neither owes it nor gets extra quota for it.
        let criteria = try TestSupport.rubric {
            $0.replacingOccurrences(of: "deduction: 2}", with: "deduction: 2, groups: [院系]}") + Self.groups
        }
        #expect(criteria.requiredEvents(for: 0) == [1])
        #expect(criteria.requiredEvents(for: 1).isEmpty)
        let run = try Self.run(criteriaGroups: Self.groups)
        let progress = ProgressReport(
            run: EvaluationRun(inputs: TestSupport.inputs(ledgers: [:], unions: "二级工会,组别\nU1,院系\nU2,机关\n", members: "工号,姓名,二级工会\nU101,甲,U1\nU201,乙,U2\n"), criteria: criteria),
            criteria: criteria, asOf: CalendarDate(year: 2023, month: 6, day: 30)!, setAside: [0, 0], context: .test)
        #expect(progress.requiredEvents(of: 0).map(\.indicator) == [1])
        #expect(progress.requiredEvents(of: 1).isEmpty)
        // The January template tells only the 院系 unit that it must hold it.
        let templates = LedgerTemplates(data: progress.run.data, criteria: criteria)
        func requiredLine(_ union: Int) -> [ReportCell]? {
            templates.ledger(for: union).sheets[1].rows.first { $0.first == .text("必办活动") }
        }
        #expect(requiredLine(0)?.last.map { if case .text(let text) = $0 { text.contains("K2 三八节") } else { false } } == true)
        #expect(requiredLine(1) == nil)
        #expect(run.ranking.places == 3)
    }

    @Test func groupsAreCheckedInTheCriteria() throws {
        let text = try TestSupport.fixture("rubric.yaml")
        let (_, missing) = CriteriaParser.parse(text + "groups:\n  - {name: 院系}\n", file: "rubric.yaml")
        #expect(missing.contains { $0.code == "E-CRITERIA-MISSING" && $0.message == "“groups[0]”需要 quota（比例）或 count（固定名额）之一。" })
        let withComposition = text.replacingOccurrences(of: "  rounding: down\n", with: "  rounding: down\n  composition:\n    - {column: 类别, values: [机关], max: 30%}\n")
            + Self.groups
        let (_, conflict) = CriteriaParser.parse(withComposition, file: "rubric.yaml")
        #expect(conflict.contains { $0.message.hasPrefix("“award.composition”和“groups”暂不能同时使用") })
    }
}
