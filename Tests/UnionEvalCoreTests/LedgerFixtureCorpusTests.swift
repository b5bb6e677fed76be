import Foundation
import Testing
@testable import UnionEvalCore

/// Every small bad ledger under Fixtures/ledgers/ must produce exactly the diagnostics in its `.expected`
/// file ("line:column CODE" per line), and every file must keep rows read = rows used + rows reported + layout rows.
@Suite struct LedgerFixtureCorpusTests {
    static let folder = Bundle.module.url(forResource: "ledgers", withExtension: nil, subdirectory: "Fixtures")!

    static let fixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.fixtures.count >= 15)
    }

    @Test(arguments: fixtures)
    func diagnosticsAreExactAndRowsAreAccountedFor(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).csv"))
        let expected = try String(contentsOf: Self.folder.appendingPathComponent("\(name).expected"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        var inputs = TestSupport.inputs(ledgers: [:])
        let path = "activities/A单位.csv"
        inputs.activities = [InputFile(path: path, bytes: Array(bytes))]
        let (data, diagnostics) = YearDataLoader.load(inputs, criteria: try TestSupport.rubric())
        let found = diagnostics.filter { $0.location.file == path }.map { "\($0.location.line):\($0.location.column) \($0.code)" }
        #expect(found == expected)
        let file = try #require(data.accounting.first { $0.path == path })
        #expect(file.balances)
        // Rows that are used become records; ledger rows that are not used are listed for 计分依据 unless the
        // row itself could not be split into cells (bad quoting, wrong field count, undecodable bytes, no header).
        #expect(data.records.count == file.rowsUsed)
    }

    @Test func titleTotalAndSignatureRowsAreLayoutAndTheRestIsData() throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("title-rows.csv"))
        var inputs = TestSupport.inputs(ledgers: [:])
        inputs.activities = [InputFile(path: "activities/A单位2023年活动台账.csv", bytes: Array(bytes))]
        let (data, diagnostics) = YearDataLoader.load(inputs, criteria: try TestSupport.rubric())
        #expect(diagnostics.filter { $0.location.file.hasPrefix("activities") }.isEmpty)
        let file = try #require(data.accounting.first { $0.path.hasPrefix("activities") })
        // Title, unit/date line, repeated header, 合计 and 填表人: five layout rows; three activities.
        let counts: [Int] = [file.rowsRead, file.rowsUsed, file.rowsLayout, file.rowsRejected]
        #expect(counts == [8, 3, 5, 0])
        #expect(data.records.map { "\($0.date) \(LevelVocabulary.university.name(of: $0.level))" } == ["2023-03-08 院级", "2023-03-09 院级", "2023-04-01 校级"])
        let people = data.records.flatMap { Array(data.participants(of: $0)) }.map { data.members[Int($0)].staffID }
        #expect(people.sorted() == ["A01", "A02", "A03", "A04"])
    }

    @Test func encodingsDecodeToTheSameRecords() throws {
        var names: [String: [String]] = [:]
        for fixture in ["gbk", "utf16", "crlf"] {
            var inputs = TestSupport.inputs(ledgers: [:])
            let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("\(fixture).csv"))
            inputs.activities = [InputFile(path: "activities/A单位.csv", bytes: Array(bytes))]
            let (data, _) = YearDataLoader.load(inputs, criteria: try TestSupport.rubric())
            names[fixture] = data.records.map { "\($0.date) \(data.name(of: $0)) \(Array(data.participants(of: $0)))" }
        }
        #expect(names["gbk"] == names["crlf"])
        #expect(names["utf16"] == names["crlf"])
        #expect(names["crlf"]?.count == 1)
    }
}
