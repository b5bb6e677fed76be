import Testing
@testable import UnionEvalCore

@Suite struct CriteriaParserTests {
    func diagnostics(_ edit: (String) -> String) throws -> [Diagnostic] {
        CriteriaParser.parse(edit(try TestSupport.fixture("rubric.yaml")), file: "rubric.yaml").diagnostics
    }

    /// The 评分标准 sheet must read the same on every run: outcomes worth the same points keep the
    /// criteria's order instead of a dictionary's, which changes from run to run.
    @Test func outcomeTablesAreDescribedInAStableOrder() throws {
        let extra = ["甲等", "乙等", "丙等", "丁等", "戊等"]
        let criteria = try TestSupport.rubric {
            $0.replacingOccurrences(of: "outcomes: [一等奖, 二等奖, 采纳]", with: "outcomes: [一等奖, 二等奖, 采纳, \(extra.joined(separator: ", "))]")
                .replacingOccurrences(
                    of: "校级: {一等奖: 1}",
                    with: "校级: {\((extra.reversed() + ["采纳", "二等奖", "一等奖"]).map { "\($0): 1" }.joined(separator: ", "))}")
        }
        let indicator = try #require(criteria.indicators.first { $0.rule is OutcomesRule })
        let expected = (["一等奖", "二等奖", "采纳"] + extra).map { "校级\($0) 1.0 分" }.joined(separator: "，")
        #expect(indicator.ruleDescription(in: criteria).contains(expected))
    }

    @Test func theTestRubricLoads() throws {
        let criteria = try TestSupport.rubric()
        #expect(criteria.indicators.map(\.id) == ["K1", "K2", "K3", "K4", "K5", "K6"])
        #expect(criteria.dimensions.map(\.isBonus) == [false, true])
        #expect(criteria.categoryIndex(for: " 文艺活动 ") == 0)
    }

    @Test func syntaxErrorsCarryLineAndColumn() throws {
        let found = try diagnostics { $0.replacingOccurrences(of: "total: 22", with: "total: [22") }
        #expect(found.count == 1)
        #expect(found[0].code == "E-CRITERIA-SYNTAX")
        #expect(found[0].location.line > 0)
    }

    @Test func unknownKeysAreReportedWithTheirPath() throws {
        let found = try diagnostics { $0.replacingOccurrences(of: "points_each: 2}", with: "points_each: 2, pionts: 3}") }
        #expect(found.map(\.code) == ["E-CRITERIA-KEY"])
        #expect(found[0].message.contains("dimensions[0].indicators[0].pionts"))
        #expect(found[0].location.line == 16)
    }

    @Test func allErrorsAreReportedAtOnce() throws {
        let found = try diagnostics {
            $0.replacingOccurrences(of: "categories: [文化活动]}", with: "categories: [文化]}")
                .replacingOccurrences(of: "quota: 50%", with: "quota: 1.5")
                .replacingOccurrences(of: "max: 3", with: "max: -3")
        }
        let codes = Set(found.map(\.code))
        #expect(codes.isSuperset(of: ["E-CRITERIA-REFERENCE", "E-CRITERIA-QUOTA", "E-CRITERIA-NEGATIVE"]))
    }

    @Test func maximaMustAddUpToTheDeclaredTotal() throws {
        let found = try diagnostics { $0.replacingOccurrences(of: "total: 22", with: "total: 100") }
        #expect(found.map(\.code) == ["E-CRITERIA-TOTAL"])
        #expect(found[0].message.contains("22.0"))
    }

    @Test func theDefaultRubricLoadsAndMirrorsTheWorkPlan() throws {
        let text = try String(contentsOfFile: packageRoot + "/criteria/先进基层工会.yaml", encoding: .utf8)
        let (criteria, diagnostics) = CriteriaParser.parse(text, file: "先进基层工会.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        let rubric = try #require(criteria)
        #expect(rubric.declaredTotal == Points(100))
        #expect(rubric.dimensions.filter { !$0.isBonus }.map(\.name) == ["思想引领", "民主管理", "服务职工", "文化建设", "自身建设"])
        #expect(rubric.indicators.allSatisfy { indicator in !indicator.source.isEmpty })
        // Every one of the plan's 19 work points is named by some indicator.
        let sources = rubric.indicators.map(\.source).joined(separator: " ")
        for point in 1...19 where point != 18 && point != 4 {
            #expect(sources.contains("\(point)"), "work point \(point) is not covered")
        }
    }
}

let packageRoot: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path
}()
