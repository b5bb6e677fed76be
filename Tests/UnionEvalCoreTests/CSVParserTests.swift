import PropertyBased
import Testing
@testable import UnionEvalCore

@Suite struct CSVParserTests {
    /// What the parser said about one row, copied out while its bytes are valid.
    struct ParsedRow {
        var line: Int
        var fields: [String]
        var isBlank: Bool
        var unterminatedQuote: (line: Int, column: Int)?
    }

    func rows(_ text: String, delimiter: UInt8 = 0x2C) -> [ParsedRow] {
        var rows: [ParsedRow] = []
        CSVParser.parse(DecodedText(utf8: Array(text.utf8), encoding: .utf8, delimiter: delimiter, corruptLines: [])) {
            rows.append(ParsedRow(line: $0.line, fields: $0.fields, isBlank: $0.isBlank, unterminatedQuote: $0.unterminatedQuote))
        }
        return rows
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
        let parsed = rows("a,b,c\r\n\"x,1\",\"he said \"\"hi\"\"\",\"two\nlines\"\r\nlast,row,here")
        #expect(parsed.map(\.fields) == [["a", "b", "c"], ["x,1", "he said \"hi\"", "two\nlines"], ["last", "row", "here"]])
        #expect(parsed.map(\.line) == [1, 2, 4])
    }

    @Test func unterminatedQuoteIsReportedWhereItOpenedAndDoesNotSwallowTheFile() {
        let parsed = rows("h1,h2\nok,1\nbad,\"open\nnext,2\nthird,3\n")
        #expect(parsed.count == 5)
        #expect(parsed[2].unterminatedQuote?.line == 3)
        #expect(parsed[2].unterminatedQuote?.column == 2)
        #expect(parsed[3].fields == ["next", "2"])
        #expect(parsed[4].fields == ["third", "3"])
    }

    @Test func blankRowsAreRecognised() {
        let parsed = rows("a,b\n,\n\n  ,\u{3000}\n")
        #expect(parsed.dropFirst().allSatisfy { $0.isBlank })
        #expect(!parsed[0].isBlank)
    }

    @Test func fieldCountsAreExactAtLineAndFileEnds() {
        #expect(rows("a,b,\nc,d,").map(\.fields) == [["a", "b", ""], ["c", "d", ""]])
        #expect(rows("a,\"b\"\r\n\"c\"\"\",d\r").map(\.fields) == [["a", "b"], ["c\"", "d"]])
        #expect(rows("x\n\n").map(\.fields) == [["x"], [""]])
    }

    /// Unquoted text of short and long runs (the scan reads eight bytes at a time), line ends and both
    /// delimiters, so fields end at every offset within a word.
    static let unquotedPiece = Gen.element(of: ["a", "S000010;S000011;S000012", "会员", ",", "\t", "\n", "\r\n", "1234567", "12345678"])
        .map { $0 ?? "" }

    @Test func unquotedRowsSplitExactlyOnTheDelimiterAndLineEnds() async {
        await propertyCheck(count: 300, input: Self.unquotedPiece.array(of: 1...20), Gen.bool) { pieces, tabs in
            let text = pieces.joined()
            let delimiter: UInt8 = tabs ? 0x09 : 0x2C
            // On bytes: a Swift `Character` would take "\r\n" as one.
            var lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
                line.last == 0x0D ? line.dropLast() : line
            }
            if text.utf8.last == 0x0A { lines.removeLast() }
            let expected = lines.map { line in
                line.split(separator: delimiter, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            }
            #expect(rows(text, delimiter: delimiter).map(\.fields) == expected)
        }
    }
}
