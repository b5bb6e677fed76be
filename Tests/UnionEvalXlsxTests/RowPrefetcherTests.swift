import Foundation
import Testing
import UnionEvalCore
import WorkbookReadBack
@testable import UnionEvalXlsx

@Suite struct RowPrefetcherTests {
    struct Stop: Error {}

    /// Prepared ahead on another core or just before each chunk is written: the same chunks, in order.
    @Test(arguments: [true, false]) func chunksArriveInOrderAndCoverEveryRow(ahead: Bool) throws {
        var seen: [(Range<Int>, [Int])] = []
        try RowPrefetcher.forEachChunk(count: 10, chunkSize: 3, ahead: ahead, prepare: { range in range.map { $0 * 10 } }) { range, values in
            seen.append((range, values))
        }
        #expect(seen.map(\.0) == [0..<3, 3..<6, 6..<9, 9..<10])
        #expect(seen.flatMap(\.1) == (0..<10).map { $0 * 10 })
    }

    @Test func noRowsMeansNoChunks() throws {
        var calls = 0
        try RowPrefetcher.forEachChunk(count: 0, chunkSize: 3, prepare: { $0.map { $0 } }) { _, _ in calls += 1 }
        #expect(calls == 0)
    }

    @Test(arguments: [true, false]) func aFailingWriteStopsAtThatChunk(ahead: Bool) {
        var calls = 0
        #expect(throws: Stop.self) {
            try RowPrefetcher.forEachChunk(count: 10, chunkSize: 2, ahead: ahead, prepare: { $0.map { $0 } }) { range, _ in
                calls += 1
                if range.contains(4) { throw Stop() }
            }
        }
        #expect(calls == 3)
    }

    /// Generated rows cross several prepared chunks; every row lands in order, cleaned, with its height.
    @Test func generatedRowsAreWrittenInOrderAcrossChunks() throws {
        let folder = NSTemporaryDirectory() + "unioneval-prefetch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let count = ReportWorkbookWriter.rowsPerChunk * 2 + 17
        var sheet = ReportSheet(name: "计分依据", columns: ["行", "说明"], rows: [])
        sheet.generatedRows = ReportSheet.GeneratedRows(count: count) { index in
            [.integer(index + 1), .text(index % 1000 == 0 ? "第\(index)行\u{01}" + String(repeating: "长", count: 60) : "第\(index)行")]
        }
        let path = try ReportWorkbookWriter.write(
            ReportWorkbook(fileName: "分块.xlsx", title: "t", sheets: [sheet]), toFolder: folder)
        let read = try #require(try ReadBackWorkbook.read(path).sheet("计分依据"))
        let rows = read.rows.dropFirst()
        #expect(rows.count == count)
        #expect(rows.map { $0.first??.number } == (1...count).map { Double($0) })
        #expect(rows.allSatisfy { !($0[1]?.text?.contains("\u{01}") ?? true) })
        #expect(read.rows[1][1]?.text == "第0行" + String(repeating: "长", count: 60))
        // The long cells wrap and their rows are made taller; the short ones keep the default height.
        #expect(read.heights["2"].map { $0 > 15 } == true)
        #expect(read.heights["1002"].map { $0 > 15 } == true)
        #expect(read.heights["3"] == nil)
    }
}
