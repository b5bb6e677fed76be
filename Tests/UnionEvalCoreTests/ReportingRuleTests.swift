import Testing
@testable import UnionEvalCore

/// Reporting windows, the ledger deadline, and the gates on the activists' quota.
@Suite struct ReportingRuleTests {
    static func criteria(_ reporting: String, quotaBase: String? = nil) throws -> Criteria {
        try TestSupport.rubric {
            var text = $0.replacingOccurrences(of: "adjustments:\n", with: reporting + "adjustments:\n")
            if let quotaBase { text = text.replacingOccurrences(of: "    rate: 10%\n", with: "    rate: 10%\n    base: \(quotaBase)\n") }
            return text
        }
    }

    static let reportedHeader = "二级工会,日期,活动名称,类别,级别,参与者工号,成果,上报日期\n"

    func run(_ criteria: Criteria, ledger: String, header: String = reportedHeader, unions: String = TestSupport.unions,
             members: String = TestSupport.members, adjustments: String? = nil) -> EvaluationRun {
        var inputs = TestSupport.inputs(ledgers: [:], adjustments: adjustments, unions: unions, members: members)
        inputs.activities = [TestSupport.file("activities/A单位.csv", header + ledger)]
        return TestSupport.run(inputs, criteria: criteria)
    }

    @Test func aRecordReportedAfterTheWindowDoesNotCountAndSaysWhy() throws {
        let criteria = try Self.criteria("reporting: {within_days: 7}\n")
        let ledger = """
            A单位,2023-05-01,演出一,文化活动,院级,,,2023-05-08
            A单位,2023-05-02,演出二,文化活动,院级,,,2023-05-20
            A单位,2023-05-03,演出三,文化活动,院级,,,
            A单位,2023-05-04,演出四,文化活动,院级,,,2023-05-01
            """
        let result = run(criteria, ledger: ledger)
        // 演出二 does not count; 演出三 (no date) and 演出四 (earlier) count with a warning.
        #expect(result.points("A单位", "K1") == Points(6))
        #expect(result.data.records.count == 3)
        let late = try #require(result.diagnostics.first { $0.code == "W-REPORTED-LATE" })
        #expect(late.formatted == "activities/A单位.csv:3:8: 警告: 活动后第 18 天才上报，超过评分标准规定的 7 天上报期限，本行不计分。（原值：2023-05-20） [W-REPORTED-LATE]")
        #expect(result.data.rejectedLedgerRows.map(\.reason) == ["逾期上报（活动后第 18 天，期限 7 天）"])
        #expect(result.diagnostics.map(\.code).filter { $0.hasPrefix("W-REPORTED") } == ["W-REPORTED-LATE", "W-REPORTED-MISSING", "W-REPORTED-EARLY"])
    }

    @Test func aLedgerWithoutTheColumnIsSaidOncePerTable() throws {
        let criteria = try Self.criteria("reporting: {within_days: 7}\n")
        let result = run(criteria, ledger: "A单位,2023-05-01,演出,文化活动,院级,,\nA单位,2023-05-02,演出二,文化活动,院级,,", header: TestSupport.ledgerHeader)
        #expect(result.diagnostics.filter { $0.code == "W-REPORTED-COLUMN" }.count == 1)
        #expect(result.points("A单位", "K1") == Points(4))
    }

    static let deadline = "reporting: {deadline: 2023-12-10, late_deduction: 2, missing_deduction: 4, late_loses_activist_quota: true}\n"

    @Test func aLateLedgerLosesPointsAndTheActivistsQuotaAndAMissingOneMore() throws {
        let criteria = try Self.criteria(Self.deadline)
        let unions = "二级工会,会员人数,提交日期\nA单位,,2023-12-12\nB单位,,\n"
        let result = run(criteria, ledger: "A单位,2023-05-01,演出,文化活动,院级,A01;A02,,", unions: unions)
        #expect(result.unit("A单位").deduction == Points(2))
        #expect(result.unit("B单位").deduction == Points(4))
        let quotas = try #require(result.nomination?.quotas)
        #expect(quotas.map(\.quota) == [0, 0])
        #expect(quotas[0].revokedReasons == ["台账逾期提交（截止 2023年12月10日，2023年12月12日 提交）"])
        #expect(quotas[1].revokedReasons == ["未提交活动台账（截止 2023年12月10日）"])
        #expect(result.nomination?.nominees == [])
    }

    @Test func aLedgerOnTimeKeepsEverythingAndAnUndatedOneIsSaidNotGuessed() throws {
        let criteria = try Self.criteria(Self.deadline)
        let onTime = run(criteria, ledger: "A单位,2023-05-01,演出,文化活动,院级,,,", unions: "二级工会,提交日期\nA单位,2023-12-08\nB单位,2023-12-01\n")
        #expect(onTime.unit("A单位").deduction == .zero)
        let undated = run(criteria, ledger: "A单位,2023-05-01,演出,文化活动,院级,,,", unions: "二级工会\nA单位\nB单位\n")
        #expect(undated.unit("A单位").deduction == .zero)
        #expect(undated.diagnostics.first { $0.code == "W-SUBMITTED-MISSING" }?.message
            == "评分标准规定台账在 2023年12月10日 前提交，以下单位在名单中没有“提交日期”，按按时提交计：A单位。")
    }

    @Test func theOfficeCanRevokeAQuotaForAUnitCondition() throws {
        let criteria = try TestSupport.rubric()
        let result = run(
            criteria, ledger: "A单位,2023-05-01,演出,文化活动,院级,A01;A02,,\nA单位,2023-05-02,演出二,文化活动,院级,A01,,",
            adjustments: "二级工会,类型,分值,事由\nA单位,取消积极分子评选资格,,11月30日前未上交会费\n")
        let quota = try #require(result.nomination?.quotas.first)
        #expect(quota.quota == 0)
        #expect(quota.revokedReasons == ["11月30日前未上交会费"])
        #expect(result.unit("A单位").deduction == .zero)
        #expect(result.decision("A01") == .quotaRevoked(["11月30日前未上交会费"]))
        #expect(result.decision("A01").reasonText == "本单位本年度积极分子名额已取消：11月30日前未上交会费")
    }

    @Test func theQuotaCanBeTakenOfDuesPayingMembers() throws {
        let criteria = try Self.criteria("", quotaBase: "dues_paying")
        // A单位: 10 members, 5 paying dues → 10% of 5 = 0.5 → 1 (half up); B单位 says nothing about dues.
        var members = "工号,姓名,二级工会,缴纳会费\n"
        for i in 1...10 { members += "A\(String(format: "%02d", i)),甲\(i),A单位,\(i <= 5 ? "是" : "否")\n" }
        for i in 1...20 { members += "B\(String(format: "%02d", i)),乙\(i),B单位,\n" }
        let result = run(criteria, ledger: "A单位,2023-05-01,演出,文化活动,院级,A01,,", members: members)
        let quotas = try #require(result.nomination?.quotas)
        #expect(quotas.map(\.members) == [5, 20])
        #expect(result.diagnostics.first { $0.code == "W-DUES-MISSING" }?.message
            == "评分标准按缴纳会费的会员人数分配积极分子名额，但以下单位在名册中没有填写“缴纳会费”，按全部会员人数计：B单位。")
    }
}
