import Testing
import UnionEvalCore
@testable import UnionEvalXlsx

@Suite struct PreparedChunkTests {
    /// What the writing core is handed, read back as Swift values: per row, its lines and its cells.
    struct Seen: Equatable {
        var lines: Int
        var cells: [String]
    }

    static func readBack(_ chunk: PreparedChunk) -> [Seen] {
        var seen: [Seen] = []
        chunk.forEachRow { _, lines, cells, text in
            seen.append(
                Seen(
                    lines: lines,
                    cells: cells.map { cell in
                        switch cell.kind {
                        case .text: return "\(cell.column):\(String(cString: text + cell.textOffset))"
                        case .integer: return "\(cell.column)#\(cell.number)"
                        case .points: return "\(cell.column)=\(cell.number)"
                        case .formula: return "\(cell.column)ƒ\(String(cString: text + cell.textOffset))→\(cell.number)"
                        }
                    }))
        }
        return seen
    }

    @Test func eachRowKeepsItsCellsTextAndNumbersInColumnOrder() {
        var chunk = PreparedChunk(rows: 3)
        let widths = [10.0, 10.0, 10.0, 10.0]
        chunk.append([.text("管理学院"), .integer(12), .points(Points(tenths: 25)), .formula("SUM(B2:C2)", cached: Points(tenths: 145))], widths: widths)
        chunk.append([.empty, .text(""), .empty, .text("行\u{01}二")], widths: widths)
        chunk.append([.text(String(repeating: "长", count: 30)), .empty, .empty, .empty], widths: widths)
        let seen = Self.readBack(chunk)
        #expect(seen.count == 3)
        #expect(seen[0].cells == ["0:管理学院", "1#12.0", "2=2.5", "3ƒSUM(B2:C2)→14.5"])
        // Empty cells are left out; empty text is kept (it carries the cell's border); control characters go.
        #expect(seen[1].cells == ["1:", "3:行二"])
        #expect(seen[2].cells == ["0:" + String(repeating: "长", count: 30)])
        // Thirty wide characters in a column ten wide wrap onto several lines; short rows take one.
        #expect(seen[0].lines == 1)
        #expect(seen[2].lines > 1)
    }

    /// A chunk of numbers only has no text at all, and still hands every row over.
    @Test func aChunkWithoutTextStillGivesEveryRow() {
        var chunk = PreparedChunk(rows: 2)
        chunk.append([.integer(1)], widths: [6])
        chunk.append([.integer(2)], widths: [6])
        #expect(Self.readBack(chunk).map(\.cells) == [["0#1.0"], ["0#2.0"]])
    }
}
