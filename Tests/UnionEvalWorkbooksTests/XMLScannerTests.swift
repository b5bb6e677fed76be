import Testing
import UnionEvalCore
@testable import UnionEvalWorkbooks

/// The XML the workbook parts use, and nothing more: entities, CDATA, prefixes, and no DTD ever.
@Suite struct XMLScannerTests {
    /// The text of every element, entities resolved, in document order.
    static func texts(_ xml: String) throws(WorkbookProblem) -> [String] {
        let bytes = Array(xml.utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(WorkbookProblem) -> [String] in
            var scanner = XMLScanner(buffer)
            var texts: [String] = []
            while true {
                switch try scanner.next() {
                case .endOfDocument: return texts
                case .text(let range):
                    var decoded: [UInt8] = []
                    try scanner.appendDecoded(range, to: &decoded)
                    texts.append(String(decoding: decoded, as: UTF8.self))
                case .cdata(let range): texts.append(String(decoding: scanner.slice(range), as: UTF8.self))
                case .start, .end: continue
                }
            }
        }
    }

    @Test func entitiesCharacterReferencesAndCDATA() throws {
        #expect(try Self.texts("<?xml version=\"1.0\"?><!-- x --><a>&lt;&amp;&gt;&quot;&apos;&#20013;&#x6587;</a><b><![CDATA[<&>]]></b>")
            == ["<&>\"'中文", "<&>"])
    }

    @Test func namesAreComparedWithoutTheirPrefixAndAttributesInOnePass() throws {
        let bytes = Array("<x:c r=\"B7\" t='s' x:s=\"3\"/>".utf8)
        try bytes.withUnsafeBufferPointer { (buffer) throws(WorkbookProblem) in
            var scanner = XMLScanner(buffer)
            guard case .start(let name, let attributes, let isEmpty) = try scanner.next() else {
                Issue.record("no start tag")
                return
            }
            #expect(scanner.name(name, is: "c") && isEmpty)
            #expect(try scanner.attributeText("r", in: attributes) == "B7")
            #expect(try scanner.attributeText("t", in: attributes) == "s")
            #expect(scanner.attributeInteger("s", in: attributes) == 3)
            #expect(scanner.attribute("hidden", in: attributes) == nil)
        }
    }

    @Test(arguments: [
        "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>", "<a>&e;</a>",
        "<!ENTITY e \"x\"><a/>",
    ])
    func aDTDOrAnUndeclaredEntityIsRefusedNeverResolved(_ xml: String) {
        #expect(throws: WorkbookProblem.self) { try Self.texts(xml) }
        do {
            _ = try Self.texts(xml)
        } catch {
            guard case .unsafeMarkup = error else {
                Issue.record("expected unsafe markup, got \(error)")
                return
            }
        }
    }

    @Test(arguments: ["<a", "<a><![CDATA[x</a>", "<a>&lt</a>", "<!-- never closed <a/>"])
    func truncatedMarkupIsDamageNotACrash(_ xml: String) {
        #expect(throws: WorkbookProblem.self) { try Self.texts(xml) }
    }
}
