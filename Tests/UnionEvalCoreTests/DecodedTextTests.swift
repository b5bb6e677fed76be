import Foundation
import Testing
@testable import UnionEvalCore

@Suite struct DecodedTextTests {
    let text = "二级工会,日期\n管理学院分工会,2023年3月8日\n"

    @Test func gbkBytesAreDetectedAndDecoded() throws {
        let gbk = try #require(text.data(using: DecodedText.gb18030))
        var log = DiagnosticLog()
        let decoded = DecodedText.decode(Array(gbk), path: "x.csv", log: &log)
        #expect(decoded.encoding == .gb18030)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == text)
        #expect(log.diagnostics.isEmpty)
    }

    @Test func utf8BomIsRemoved() {
        var log = DiagnosticLog()
        let decoded = DecodedText.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8), path: "x.csv", log: &log)
        #expect(decoded.encoding == .utf8WithBOM)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == text)
    }

    @Test func bytesValidInNoEncodingAreReportedByLine() {
        var log = DiagnosticLog()
        let bytes = Array("a,b\n1,2\n".utf8) + [0x33, 0x2C, 0xFF, 0xFF, 0x0A] + Array("4,5\n".utf8)
        let decoded = DecodedText.decode(bytes, path: "x.csv", log: &log)
        #expect(decoded.corruptLines == [3])
        #expect(log.diagnostics.map(\.code) == ["E-ENCODING-BYTES"])
        #expect(log.diagnostics.first?.location.line == 3)
    }

    @Test func utf16WithTabsIsRead() throws {
        let tabbed = "二级工会\t日期\n甲\t2023-3-8\n"
        let bytes = [0xFF, 0xFE] + Array(try #require(tabbed.data(using: .utf16LittleEndian)))
        var log = DiagnosticLog()
        let decoded = DecodedText.decode(bytes, path: "x.csv", log: &log)
        #expect(decoded.delimiter == 0x09)
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == tabbed)
    }
}
