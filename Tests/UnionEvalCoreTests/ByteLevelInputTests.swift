import PropertyBased
import Testing
@testable import UnionEvalCore

/// The byte-level helpers of the ledger path must agree with their `String` counterparts.
@Suite struct ByteLevelInputTests {
    @Test func internedStringsGetDenseIdsAndSurviveGrowth() {
        var table = ByteStringTable()
        // Keys up to eight bytes are compared in the slot, longer ones also in the pool: both, and
        // long keys that share their first eight bytes.
        let words = (0..<5_000).map { "S\($0)" } + (0..<300).map { "ABCDEFGH\($0)" }
            + ["会员", "會員", "", "e\u{301}", "\u{e9}", "ABCDEFGH", "ABCDEFG", "ABCDEFGH\u{0}", "ABCDEFG\u{0}"]
        for (index, word) in words.enumerated() {
            let (id, inserted) = table.insert(word)
            #expect(inserted)
            #expect(Int(id) == index)
        }
        for (index, word) in words.enumerated() {
            #expect(table.find(word) == Int32(index))
            #expect(table.insert(word).inserted == false)
            #expect(table.string(Int32(index)) == word)
        }
        #expect(table.count == words.count)
        #expect(table.find("S5000") == nil)
        #expect(table.find("ABCDEFGH300") == nil)
        #expect(table.find("ABCDEFGH\u{0}\u{0}") == nil)
        // Bytes, not canonical equivalence: a decomposed é is another key than a precomposed one.
        #expect(table.find("e\u{301}") != table.find("\u{e9}"))
    }

    static let cellPiece = Gen.element(of: [
        " ", "\u{3000}", "\t", "\u{FEFF}", "\u{A0}", "\r\n", "A", "会", "é", "𠀋", "-", "\u{200B}", ",", "\u{85}",
        "\u{2028}", "\u{1680}", "\u{205F}", "\u{0B}", "、", "\u{1}", "\u{A9}", "\u{2030}",
    ]).map { $0 ?? "" }

    @Test func byteTrimmingMatchesStringTrimming() async {
        await propertyCheck(count: 300, input: Self.cellPiece.array(of: 0...8)) { pieces in
            var cell = pieces.joined()
            let expected = cell.trimmingWhitespace()
            let trimmed = cell.withUTF8 { String(decoding: UTF8Trimming.trimmed($0), as: UTF8.self) }
            #expect(trimmed == expected)
        }
    }

    /// Short and long IDs (the split skips eight bytes at a time), IDs with characters just below and
    /// above the separators (`-`, `.`, `/`, `:`, `<`), and every separator.
    static let idCell = Gen.element(of: [
        "A01", "B2", "S0000123", "S000012", "ABCDEFGHIJ9", "a-b.c/d", "x:y<z", "工号", "工号ABCDEFG", "\u{3001}\u{3002}",
        ";", "；", "，", ",", "、", " ", "\u{3000}", "\n", "\r", "\t",
    ]).map { $0 ?? "" }

    @Test func idsAreSplitOnEverySeparatorOfTheContract() async {
        await propertyCheck(count: 300, input: Self.idCell.array(of: 0...10)) { pieces in
            var cell = pieces.joined()
            let separators: Set<Unicode.Scalar> = [";", "；", "，", ",", "、", " ", "\u{3000}", "\n", "\r", "\t"]
            let expected = cell.unicodeScalars.split(whereSeparator: { separators.contains($0) }).map { String(String.UnicodeScalarView($0)) }
            var ids: [String] = []
            cell.withUTF8 { bytes in StaffIDList.forEachID(in: bytes) { ids.append(String(decoding: $0, as: UTF8.self)) } }
            #expect(ids == expected)
        }
    }

    /// Byte pieces for the UTF-8 check: long ASCII runs (the eight-byte path), valid two-, three- and
    /// four-byte characters, and the malformed kinds: stray continuation, truncated, overlong,
    /// surrogate, beyond U+10FFFF and bytes that never occur.
    static let bytePiece = Gen.element(of: [
        Array("S000010;S000011,".utf8), [0x41], Array("会".utf8), Array("é".utf8), Array("😀".utf8),
        [0x80], [0xE4, 0xBC], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xF5],
    ]).map { $0 ?? [] }

    @Test func utf8CheckFindsTheFirstBadByteAsTheStandardLibraryDecodes() async {
        await propertyCheck(count: 400, input: Self.bytePiece.array(of: 0...10)) { pieces in
            let bytes = pieces.flatMap { $0 }
            let offset = UTF8Validation.firstInvalidOffset(in: bytes[...])
            #expect((offset == nil) == (String(validating: bytes, as: UTF8.self) != nil))
            if let offset {
                // Everything before the reported byte is valid, so it really is the first bad one.
                #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil)
            }
            // A slice reports in its own indices.
            let padded = [0x41] + bytes
            #expect(UTF8Validation.firstInvalidOffset(in: padded[1...]) == offset.map { $0 + 1 })
        }
    }
}

/// The one-pass measure the writer uses must say what the separate definitions say.
@Suite struct TextMeasureTests {
    static let piece = Gen.element(of: [
        "A", "会", "“", "\n", "\t", "\r", "\u{01}", "\u{7F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "😀", " ", "é", "\u{EFBF}",
    ]).map { $0 ?? "" }

    @Test func measureAgreesWithTheCharacterDefinitions() async {
        await propertyCheck(count: 300, input: Self.piece.array(of: 0...12)) { pieces in
            let text = pieces.joined()
            let measure = TextMeasure(text)
            #expect(measure.isClean == !text.unicodeScalars.contains(where: ExcelText.isForbidden))
            #expect(measure.hasLineBreak == text.utf8.contains(0x0A))
            #expect(measure.width == text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) })
            #expect(measure.byteCount == text.utf8.count)
        }
    }
}
