import Testing
@testable import UnionEvalCore

/// The papers after the meeting, as models: drafted texts traced to their rows and never padded, the
/// forms' fields, the 表彰决定's lists and order, and the `papers` keys of the criteria.
@Suite struct PapersTests {
    /// A单位: A01 organises nine activities (each with A09 and A10 taking part), A02 eight, … A08 two;
    /// `ledger` adds rows of a second file.
    static func run(_ extra: String = "", ledger: String = "") throws -> (EvaluationRun, Criteria) {
        let criteria = try RosterRulesTests.rubric(extra)
        var inputs = RosterRulesTests.inputs()
        if !ledger.isEmpty {
            inputs.activities.append(TestSupport.file("activities/A单位-获奖.csv", "二级工会,日期,活动名称,类别,级别,组织者工号,参与者工号,成果\n" + ledger))
        }
        return (EvaluationRun(inputs: inputs, criteria: criteria), criteria)
    }

    static let context = RunContext(runTime: "2023-12-20 00:00:00", criteriaPath: "rubric.yaml", criteriaSHA256: "", inputFolder: "inputs")

    @Test func aDraftTakesClausesInOrderWhileTheyFitAndNeverPads() {
        let clauses = (1...5).map { DraftedText.Clause(text: String(repeating: "字", count: 20), sources: [.record($0)]) }
        let opening = [[DraftedText.Clause(text: "开头", sources: [.roster])]]
        let drafted = DraftedText(opening: opening, details: [.init(lead: "有：", clauses: clauses)], length: 10...70)
        // 开头。 (3) + 有：(2) + 21 + 21 + 21 = 68: a fourth clause would pass 70.
        #expect(drafted.text == "开头。有：" + Array(repeating: String(repeating: "字", count: 20), count: 3).joined(separator: "；") + "。")
        #expect(drafted.text.count <= 70)
        #expect(drafted.clauses.map(\.sources) == [[.roster], [.record(1)], [.record(2)], [.record(3)]])
        #expect(!drafted.isShort)
        let short = DraftedText(opening: opening, details: [.init(lead: "有：", clauses: Array(clauses.prefix(1)))], length: 300...800)
        #expect(short.isShort && short.text.count == 26)
    }

    @Test func aNomineesDeedsComeFromTheirOwnRowsOnly() throws {
        let (run, criteria) = try Self.run(ledger: "A单位,2023-06-01,市教职工合唱比赛,文化活动,市级,,A09,二等奖\n")
        let nomination = try #require(run.nomination)
        let forms = NomineeApprovalForms(data: run.data, criteria: criteria, nomination: nomination, context: Self.context)
        let drafted = Dictionary(uniqueKeysWithValues: forms.deeds().map { (run.data.members[$0.member].staffID, $0.deeds) })
        let first = try #require(drafted["A01"])
        #expect(first.text.hasPrefix("甲1同志是A单位会员。2023年度组织活动9次，按评分标准积"))
        for clause in first.clauses {
            for case .record(let index) in clause.sources {
                #expect(run.data.people(of: run.data.records[index]).contains(Int32(run.member("A01"))))
            }
        }
        #expect(!first.text.contains("甲2") && !first.text.contains("A09"))
        // Every record of A01 is behind the summary clause, and each organised one has its own clause.
        #expect(first.clauses[1].sources.count == 9)
        #expect(first.clauses.dropFirst(2).map(\.text) == ["组织开展的活动有：5月1日活动1-0（院级）"] + (1...8).map { "5月1日活动1-\($0)（院级）" })
        // A09 took part in everything and in the contest: the award comes first, told once at its level.
        #expect(drafted["A09"] == nil)
        let a09 = run.member("A09")
        let many = NomineeDeeds.draft(
            member: a09, data: run.data, criteria: criteria, score: nomination.scores[a09], rankInUnit: 9,
            records: try #require(NomineeRecords.collect(run.data, members: [a09])[a09]), length: 300...800)
        #expect(many.clauses[2].text == "获奖情况：市教职工合唱比赛获市级二等奖（6月1日）")
        #expect(many.text.count <= 800)
        // The award is told once, at its level, for the person who took part.
        let sheet = forms.workbook()
        #expect(sheet.forms.count == nomination.nominees.count)
        #expect(sheet.sheets.map(\.name) == ["事迹依据"])
        let traced = sheet.sheets[0].rows.filter { $0[0] == .text("A01") }
        #expect(traced.count == first.clauses.count)
        #expect(traced.dropFirst().allSatisfy { row in
            guard case .text(let place) = row[5] else { return false }
            return place.hasPrefix("activities/A单位.csv:")
        })
    }

    @Test func aNomineeWithOneRecordGetsAShortDeedsNotAPaddedOne() throws {
        let (run, criteria) = try Self.run(ledger: "A单位,2023-06-01,读书分享会,文化活动,院级,B01,,\n")
        let records = NomineeRecords.collect(run.data, members: [run.member("B01")])
        let one = try #require(records[run.member("B01")])
        #expect(one.organized.count == 1 && one.participated.isEmpty)
        let deeds = NomineeDeeds.draft(
            member: run.member("B01"), data: run.data, criteria: criteria, score: run.nomination!.scores[run.member("B01")], rankInUnit: 1,
            records: one, length: 300...800)
        #expect(deeds.isShort)
        #expect(deeds.text == "乙1同志是B单位会员。2023年度组织活动1次，按评分标准积3.0分，在本单位排名第1。组织开展的活动有：6月1日读书分享会（院级）。")
        #expect(deeds.clauses.count == 3)
    }

    @Test func aFormHasTheFieldsTheRosterHasAndOneBoxPerOpinion() throws {
        let (run, criteria) = try Self.run()
        let nomination = try #require(run.nomination)
        let forms = NomineeApprovalForms(data: run.data, criteria: criteria, nomination: nomination, context: Self.context)
        let member = try #require(nomination.nominees.first)
        let form = forms.workbook().forms[0]
        let texts = form.boxes.map(\.text)
        #expect(form.boxes[0].text == "2023年度工会工作积极分子推荐审批表" && form.boxes[0].columnSpan == 8)
        #expect(texts.contains("填表日期：2023年12月20日"))
        #expect(texts.contains(run.data.members[member].staffID))
        #expect(texts.filter { $0 == PaperForm.signatureBox }.count == 3)
        // Boxes never overlap: each cell of the grid belongs to at most one box.
        var taken = Set<[Int]>()
        for box in form.boxes {
            for row in box.row...box.lastRow {
                for column in box.column...box.lastColumn { #expect(taken.insert([row, column]).inserted, "\(box.text)") }
            }
        }
        #expect(form.columnWidths.reduce(0, +) <= 67)
        #expect(form.height <= PaperForm.tallestApproval)
    }

    @Test func theDecisionListsUnitsInThePublicitysOrderAndPeopleByUnit() throws {
        let (run, criteria) = try Self.run()
        let document = AwardDecisionDraft(data: run.data, criteria: criteria, ranking: run.ranking, nomination: run.nomination, context: Self.context)
            .document()
        #expect(document.texts.prefix(2) == ["关于表彰2023年度先进基层工会和工会工作积极分子的决定", "各二级工会："])
        let nominees = try #require(run.nomination?.nominees)
        let names = nominees.map { run.data.members[$0].name }.joined(separator: "、")
        #expect(document.paragraphs.contains(.plain("A单位（\(nominees.count)人）")))
        // Names in a grid, so that no name is broken across lines.
        #expect(document.paragraphs.contains(.names(nominees.map { run.data.members[$0].name }, columns: 5)))
        #expect(document.texts.contains("附件：1. 2023年度先进基层工会名单") && document.texts.contains("　　　2. 2023年度工会工作积极分子名单"))
        #expect(document.texts.contains("1. A单位"))
        #expect(document.paragraphs.filter { $0 == .pageBreak }.count == 2)
        #expect(document.texts[2].contains("决定授予A单位“先进基层工会”称号，授予\(names.prefix { $0 != "、" })等\(nominees.count)名同志“工会工作积极分子”称号。"))
        // The office's own words replace the defaults.
        let (_, custom) = try Self.run()
        var edited = custom
        edited.award.decisionText.issuer = "某某大学工会委员会"
        let issued = AwardDecisionDraft(data: run.data, criteria: edited, ranking: run.ranking, nomination: run.nomination, context: Self.context)
        #expect(issued.document().texts.contains("某某大学工会委员会"))
    }

    @Test func aUnitsAchievementsAreItsOwnCountedRecords() throws {
        let (run, criteria) = try Self.run(ledger: "A单位,2023-06-01,市教职工合唱比赛,文化活动,市级,,A09,二等奖\n")
        let drafted = UnitApprovalForms(run: run, criteria: criteria, context: Self.context).achievements()
        #expect(drafted.map(\.union) == [0])
        let text = try #require(drafted.first?.text)
        #expect(text.text.hasPrefix("A单位现有会员10人。2023年度计入评分的活动"))
        #expect(text.clauses[2].text == "获奖和成果：市教职工合唱比赛获市级二等奖（6月1日）")
        for clause in text.clauses {
            for case .record(let index) in clause.sources {
                #expect(run.data.records[index].union == 0)
                #expect(run.evaluation.recordCredits[index].contains { $0.counted })
            }
        }
    }

    @Test func theDecisionQuotesTheBasisWithoutItsOwnVerbOrNotes() {
        #expect(DecisionText.basis(from: "参照省教育工会《基层工会工作考核细则》（五项各20分，工作成效加分上不封顶）") == "省教育工会《基层工会工作考核细则》")
        #expect(DecisionText.basis(from: "《重庆人文科技学院工会2023年工作要点》及附件《2023年工作计划安排表》") == "《重庆人文科技学院工会2023年工作要点》及附件《2023年工作计划安排表》")
        #expect(DecisionText.basis(from: "") == "校工会年度评优工作安排")
    }

    @Test func paperKeysAreReadAndTheirMistakesLocated() throws {
        let text = try TestSupport.fixture("rubric.yaml")
            .replacingOccurrences(of: "  rounding: down\n", with: "  rounding: down\n  papers:\n    decision: {issuer: 某某大学工会, closing: 望再接再厉。}\n    achievements_length: [200, 600]\n")
            .replacingOccurrences(of: "  quota:\n    rate: 10%", with: "  papers: {deeds_length: [100, 400]}\n  quota:\n    rate: 10%")
        let (criteria, diagnostics) = CriteriaParser.parse(text, file: "rubric.yaml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.formatted))")
        #expect(criteria?.award.decisionText.issuer == "某某大学工会")
        #expect(criteria?.award.decisionText.closing == "望再接再厉。")
        #expect(criteria?.award.achievementsLength == 200...600)
        #expect(criteria?.activists?.deedsLength == 100...400)
        let wrong = text.replacingOccurrences(of: "deeds_length: [100, 400]", with: "deeds_length: [400, 100]")
        let (_, problems) = CriteriaParser.parse(wrong, file: "rubric.yaml")
        let problem = try #require(problems.first { $0.code == "E-CRITERIA-RANGE" })
        #expect(problem.message == "“activists.papers.deeds_length”的最少字数（400）大于最多字数（100），应写成 [最少, 最多]。")
        #expect(problem.location.line > 0)
    }
}
