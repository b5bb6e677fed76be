import Testing
@testable import UnionEvalCore

/// A city union's levels, defined in the criteria like categories.
@Suite struct LevelVocabularyTests {
    static let cityLevels = """
        levels:
          - {name: 区级, aliases: [区, 渝北区]}
          - 市级
          - {name: 省级, aliases: [省部级]}
          - {name: 国家级, aliases: [全国]}

        """

    func criteria() throws -> Criteria {
        try TestSupport.rubric {
            $0.replacingOccurrences(of: "dimensions:\n", with: Self.cityLevels + "dimensions:\n")
                .replacingOccurrences(of: "          校级: {一等奖: 1}\n", with: "          区级: {一等奖: 1}\n")
        }
    }

    @Test func theUnionsOwnLevelsRankRecordsAndPriceOutcomes() throws {
        let criteria = try criteria()
        #expect(criteria.levels.listed == "区级、市级、省级、国家级")
        let ledger = """
            A单位,2023-05-01,区运动会,体育活动,渝北区,,一等奖
            A单位,2023-06-01,技能大赛,技能竞赛,市级,,二等奖
            A单位,2023-07-01,技能大赛,技能竞赛,省部级,,一等奖
            A单位,2023-08-01,校运会,体育活动,校级,,一等奖
            """
        let run = TestSupport.run(TestSupport.inputs(ledgers: ["A单位": ledger]), criteria: criteria)
        #expect(run.data.records.map { criteria.levelName($0.level) } == ["区级", "市级", "省级"])
        // 区级一等奖 1 + the contest once at 省级 6, capped at K6's 6.
        #expect(run.points("A单位", "K6") == Points(6))
        let unknown = try #require(run.diagnostics.first { $0.code == "E-LEVEL-UNKNOWN" })
        #expect(unknown.message == "无法识别的级别，本行未使用。可用级别：区级、市级、省级、国家级（评分标准的 levels 可增加别名）。")
        #expect(criteria.indicators[5].ruleDescription(in: criteria).contains("省级一等奖 6.0 分"))
    }

    @Test func aTableNamingALevelTheListLacksIsACriteriaError() throws {
        let text = try TestSupport.fixture("rubric.yaml").replacingOccurrences(of: "dimensions:\n", with: Self.cityLevels + "dimensions:\n")
        let (criteria, diagnostics) = CriteriaParser.parse(text, file: "rubric.yaml")
        #expect(criteria == nil)
        #expect(diagnostics.map(\.message).contains("“dimensions[1].indicators[0].table”中的级别“校级”无法识别。"))
    }

    @Test func theMappingFormAddsNamesToTheUniversitysSix() throws {
        let criteria = try TestSupport.rubric { $0.replacingOccurrences(of: "dimensions:\n", with: "levels: {区县级: [渝北区]}\ndimensions:\n") }
        #expect(criteria.level(for: "渝北区") == .district)
        #expect(criteria.level(for: "市级比赛") == .city)
        #expect(criteria.levels.listed == "院级、校级、区县级、市级、省部级、国家级")
    }
}
