import Foundation
import Testing
@testable import UnionEvalCore

/// Every small bad ledger under Fixtures/ledgers/ must produce exactly the diagnostics in its `.expected`
/// file ("line:column CODE" per line), and every file must keep rows read = rows used + rows reported.
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
        #expect(file.rowsRead == file.rowsUsed + file.rowsRejected)
        // Rows that are used become records; ledger rows that are not used are listed for 计分依据 unless the
        // row itself could not be split into cells (bad quoting, wrong field count, undecodable bytes, no header).
        #expect(data.records.count == file.rowsUsed)
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
