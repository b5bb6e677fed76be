import Testing
@testable import UnionEvalCore

/// One test per rule kind, on the small rubric in Fixtures/rubric.yaml.
@Suite struct ScoringRuleTests {
    let criteria: Criteria
    init() throws { criteria = try TestSupport.rubric() }

    @Test func countRuleGivesPointsPerRecordUpToTheCap() {
        let ledger = (1...4).map { "A单位,2023-0\($0 + 4)-01,文艺演出\($0),文艺活动,院级,," }.joined(separator: "\n")
        let run = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": ledger]), criteria: criteria)
        #expect(run.points("A单位", "K1") == Points(6))
        #expect(run.unit("A单位").indicators[0].measured == "4 次")
        let credits = run.evaluation.recordCredits.map { $0.filter { $0.indicator == 0 } }
        #expect(credits.compactMap(\.first?.points).reduce(.zero, +) == Points(6))
        #expect(credits.contains { $0.first?.note == .capReached(Points(6)) })
        #expect(CreditNote.capReached(Points(6)).text(in: criteria) == "已达上限 6.0 分")
    }

    @Test func requiredEventInItsMonthEarnsFullPointsOtherwiseTheDeduction() {
        let inMarch = TestSupport.run(
            TestSupport.inputs(ledgers: ["A单位": "A单位,2023-03-08,三八节活动,三八节,院级,,"]), criteria: criteria)
        #expect(inMarch.points("A单位", "K2") == Points(4))
        let inApril = TestSupport.run(
            TestSupport.inputs(ledgers: ["A单位": "A单位,2023-04-08,三八节活动,三八节,院级,,"]), criteria: criteria)
        #expect(inApril.points("A单位", "K2") == Points(-2))
        let note = inApril.evaluation.recordCredits[0].first { $0.indicator == 1 }?.note
        #expect(note == .outsideWindow)
        #expect(note?.text(in: criteria) == "不在规定时间范围内")
    }

    @Test(arguments: [(7, 3), (6, 2), (5, 1), (4, 0), (10, 3)])
    func rateBandsOnDistinctOwnMembers(participants: Int, expected: Int) {
        // Two records with overlapping participants: people are counted once.
        let first = TestSupport.ids("A", 1...participants)
        let second = TestSupport.ids("A", 1...1)
        let ledger = "A单位,2023-05-01,活动一,体育活动,院级,\(first),\nA单位,2023-05-02,活动二,体育活动,院级,\(second);B01,"
        let run = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": ledger]), criteria: criteria)
        #expect(run.points("A单位", "K3") == Points(expected))
    }

    @Test func rateWithLinearTargetIsProportional() throws {
        let linear = try TestSupport.rubric {
            $0.replacingOccurrences(of: "bands: [{min: 70%, points: 3}, {min: 60%, points: 2}, {min: 0.5, points: 1}]", with: "linear_target: 80%")
        }
        let ledger = "A单位,2023-05-01,活动一,体育活动,院级,\(TestSupport.ids("A", 1...3)),"
        let run = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": ledger]), criteria: linear)
        // 30% of an 80% target of 3 points = 1.125 → 1.1
        #expect(run.points("A单位", "K3") == Points(tenths: 11))
    }

    @Test func perCapitaCountsLetSmallUnitsCompete() {
        // A单位 (10 members) with 1 sports record = 10 per 100 → 4 points;
        // B单位 (20 members) with 1 record = 5 per 100 → 2 points.
        let run = TestSupport.run(
            TestSupport.inputs(ledgers: [
                "A单位": "A单位,2023-05-01,羽毛球赛,体育活动,院级,,",
                "B单位": "B单位,2023-05-01,羽毛球赛,体育活动,院级,,",
            ]), criteria: criteria)
        #expect(run.points("A单位", "K4") == Points(4))
        #expect(run.points("B单位", "K4") == Points(2))
        #expect(run.unit("B单位").indicators[3].measured == "1 次，每100人 5.0 次")
    }

    @Test func outcomesCountOnceAtTheHighestLevelAndTheBonusDimensionIsCapped() {
        let ledger = """
            A单位,2023-05-01,技能大赛,技能竞赛,市级,,二等奖
            A单位,2023-06-01,技能大赛,技能竞赛,省部级,,一等奖
            A单位,2023-07-01,校运会,体育活动,校级,,一等奖
            """
        let run = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": ledger]), criteria: criteria)
        // 省部级一等奖 6 (the 市级 entry of the same contest is not counted), capped at K6's max 6;
        // the 校级 award no longer fits; the bonus dimension is capped at 5.
        #expect(run.points("A单位", "K6") == Points(6))
        #expect(run.unit("A单位").dimensionTotals[1] == Points(5))
        let notes = run.evaluation.recordCredits.flatMap { $0 }.filter { $0.indicator == 5 }.map(\.note)
        #expect(notes.contains(.sameAchievementHigherLevel))
        #expect(notes.contains(.capReached(Points(6))))
    }

    @Test func manualScoresDropHighestAndLowestWithThreeOrMoreReviewers() {
        let reviews = """
            二级工会,指标,得分,评委
            A单位,K5,5,甲
            A单位,K5,1,乙
            A单位,K5,4,丙
            A单位,K5,3.5,丁
            B单位,评审,4,甲
            B单位,K5,3,乙
            """
        let run = TestSupport.run(TestSupport.inputs(ledgers: [:], reviews: reviews), criteria: criteria)
        #expect(run.points("A单位", "K5") == Points(tenths: 38))  // (4 + 3.5) / 2 = 3.75 → 3.8
        #expect(run.points("B单位", "K5") == Points(tenths: 35))  // two reviewers: plain average
    }

    @Test func reviewScoreAboveTheMaximumIsRejected() {
        let reviews = "二级工会,指标,得分\nA单位,K5,9\n"
        let run = TestSupport.run(TestSupport.inputs(ledgers: [:], reviews: reviews), criteria: criteria)
        #expect(run.codes.contains("E-REVIEW-SCORE"))
        #expect(run.points("A单位", "K5") == .zero)
    }

    @Test func adjustmentsBonusIsCappedDeductionSubtractsVetoIsRecorded() {
        let adjustments = """
            二级工会,类型,分值,事由
            A单位,加分,2,承办活动
            A单位,加分,2,市级表彰
            A单位,扣分,1.5,经费检查
            B单位,否决,,违纪
            B单位,奖励,1,未知类型
            """
        let run = TestSupport.run(TestSupport.inputs(ledgers: [:], adjustments: adjustments), criteria: criteria)
        let a = run.unit("A单位")
        #expect(a.adjustmentBonus == Points(3))
        #expect(a.deduction == Points(tenths: 15))
        #expect(a.total == a.dimensionTotals.reduce(.zero, +) + Points(3) - Points(tenths: 15))
        #expect(run.unit("B单位").vetoReasons == ["违纪"])
        #expect(run.codes.contains("E-ADJUST-TYPE"))
    }

    @Test func aUnitWithZeroMembersShowsNoRateAndNeverDividesByZero() {
        let unions = "二级工会,会员人数\nA单位,0\nB单位,\n"
        let run = TestSupport.run(
            TestSupport.inputs(ledgers: ["A单位": "A单位,2023-05-01,球赛,体育活动,院级,A01,"], unions: unions), criteria: criteria)
        let a = run.unit("A单位")
        #expect(a.memberCount == 0)
        #expect(a.indicators[2] == IndicatorScore(points: .zero, measured: "—（会员人数为 0）"))
        #expect(a.indicators[3].measured == "1 次；—（会员人数为 0）")
        #expect(run.nomination?.quotas[0].quota == 0)
        #expect(run.codes.contains("W-UNION-COUNT"))
    }
}
