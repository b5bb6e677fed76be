import PropertyBased
import Testing
@testable import UnionEvalCore

/// A ledger's ID cells, resolved through the per-file tables, must read exactly as a plain walk
/// over the roster and a set per cell would.
@Suite struct LedgerStaffIDsTests {
    /// 700 roster IDs (past the short table's first growth), eight-byte ones and long ones that
    /// share their first eight bytes, plus IDs the roster does not have, short and long.
    static let rosterIDs = (0..<700).map { "S\($0)" } + ["ABCDEFGH", "ABCDEFG", "ABCDEFGH1", "ABCDEFGH2", "工号甲乙"]
    static let unknownIDs = ["S700", "S", "ABCDEFGH3", "ABCDEF", "工号甲"]
    static let allIDs = rosterIDs + unknownIDs
    static let separators = [";", "、", " ", "，", "\u{3000}"]

    /// One cell: pairs of (ID, separator) indices.
    static let cells = zip(Gen.int(in: 0...(allIDs.count - 1)), Gen.int(in: 0...(separators.count - 1)))
        .array(of: 0...12).array(of: 1...40)

    /// How the model reads one ID of a cell.
    enum Expected: Equatable {
        case added(Int32)
        case unknown(String)
        case repeated(String)
    }

    @Test func cellsResolveAsARosterLookupAndASetPerCell() async {
        var roster = ByteStringTable()
        for id in Self.rosterIDs { roster.insert(id) }
        await propertyCheck(count: 200, input: Self.cells) { cells in
            let ids = LedgerStaffIDs()
            var pool: [Int32] = []
            var expectedPool: [Int32] = []
            for pieces in cells {
                var cell = pieces.map { Self.allIDs[$0.0] + Self.separators[$0.1] }.joined()
                var seen: Set<String> = []
                let expected = pieces.map { piece -> Expected in
                    let id = Self.allIDs[piece.0]
                    guard let member = roster.find(id) else { return .unknown(id) }
                    guard seen.insert(id).inserted else { return .repeated(id) }
                    expectedPool.append(member)
                    return .added(member)
                }
                var reported: [Expected] = []
                let added = cell.withUTF8 { bytes in
                    ids.resolveCell(
                        bytes, roster: roster, into: &pool,
                        resolveOther: { id in
                            reported.append(.unknown(String(decoding: id, as: UTF8.self)))
                            return nil
                        }
                    ) { id, sighting in
                        let text = String(decoding: id, as: UTF8.self)
                        switch sighting {
                        case .added(let member):
                            #expect(roster.find(text) == member)
                            reported.append(.added(member))
                        case .repeatedInCell: reported.append(.repeated(text))
                        }
                    }
                }
                #expect(reported == expected)
                #expect(added == expected.filter { if case .added = $0 { true } else { false } }.count)
            }
            #expect(pool == expectedPool)
        }
    }
}
