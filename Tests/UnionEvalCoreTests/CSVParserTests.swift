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

    func rows(_ text: String) -> [ParsedRow] {
        var rows: [ParsedRow] = []
        CSVParser.parse(DecodedText(utf8: Array(text.utf8), encoding: .utf8, delimiter: 0x2C, corruptLines: [])) {
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
}
