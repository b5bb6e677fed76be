import Foundation
import UnionEvalCore
import ZIPFoundation

/// Writes a `WordDocument` as a .docx package (ECMA-376 WordprocessingML): the parts Word requires
/// ([Content_Types].xml, the package and document relationships, word/document.xml) plus styles and core
/// properties, zipped in memory with fixed entry times, so that the same document gives the same bytes.
public enum DocxWriter {
    public static func bytes(of document: WordDocument) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        // Zip entry times are local DOS times from 1980 on: the document's own time, or a fixed one.
        let date = Date(timeIntervalSince1970: TimeInterval(max(document.createdAt ?? 315_532_800, 315_532_800)))
        for (path, text) in parts(of: document) {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let bytes = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return bytes
    }

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

    static func parts(of document: WordDocument) -> [(String, String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(document)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/document.xml", body(document)),
        ]
    }

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    /// 仿宋 三号 (16 pt) for the text and 宋体 二号 (22 pt) bold for the title, as official notices are set;
    /// a reader without these fonts substitutes its own Chinese font.
    static let styles = header + """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="FangSong" w:hAnsi="FangSong" w:eastAsia="仿宋" w:cs="FangSong"/>\
        <w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:after="480" w:line="240" w:lineRule="auto"/></w:pPr>\
        <w:rPr><w:rFonts w:ascii="SimSun" w:hAnsi="SimSun" w:eastAsia="宋体"/><w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/></w:pPr>\
        <w:rPr><w:rFonts w:ascii="SimHei" w:hAnsi="SimHei" w:eastAsia="黑体"/><w:b/></w:rPr></w:style>\
        </w:styles>
        """

    static func coreProperties(_ document: WordDocument) -> String {
        let created = document.createdAt.map { ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval($0))) }
        return header + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(escaped(document.title))</dc:title><dc:creator>UnionEval</dc:creator>\
            \(created.map { "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\($0)</dcterms:created>" } ?? "")\
            </cp:coreProperties>
            """
    }

    static func body(_ document: WordDocument) -> String {
        var xml = header + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
        for paragraph in document.paragraphs { xml += self.paragraph(paragraph) }
        // A4, with the margins of official documents (3.7 cm top, 3.5 bottom, 2.8 left, 2.6 right).
        xml += #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>"#
        return xml + "</w:body></w:document>"
    }

    static func paragraph(_ paragraph: WordDocument.Paragraph) -> String {
        switch paragraph {
        case .title(let text): return #"<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>"# + run(text) + "</w:p>"
        case .heading(let text): return #"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>"# + run(text) + "</w:p>"
        case .plain(let text): return "<w:p>" + run(text) + "</w:p>"
        case .body(let text): return #"<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>"# + run(text) + "</w:p>"
        case .right(let text): return #"<w:p><w:pPr><w:jc w:val="right"/></w:pPr>"# + run(text) + "</w:p>"
        case .pageBreak: return #"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#
        case .names(let names, let columns): return table(names, columns: columns)
        }
    }

    /// Names in a table without borders, `columns` cells of equal width to a row (the last row padded):
    /// a name stays on one line, as lists of names in official attachments are set.
    static func table(_ names: [String], columns: Int) -> String {
        let columns = max(columns, 1)
        // 8800 twips of text width (A4 less the margins), split evenly.
        let width = 8800 / columns
        var xml = #"<w:tbl><w:tblPr><w:tblW w:w="\#(width * columns)" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#
        xml += String(repeating: #"<w:gridCol w:w="\#(width)"/>"#, count: columns) + "</w:tblGrid>"
        for start in stride(from: 0, to: names.count, by: columns) {
            xml += "<w:tr>"
            for position in start..<start + columns {
                let name = position < names.count ? names[position] : ""
                xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/></w:tcPr><w:p>"# + (name.isEmpty ? "" : run(name)) + "</w:p></w:tc>"
            }
            xml += "</w:tr>"
        }
        // A paragraph after the table: Word expects one before the next table or the section's end.
        return xml + "</w:tbl><w:p/>"
    }

    static func run(_ text: String) -> String { #"<w:r><w:t xml:space="preserve">"# + escaped(text) + "</w:t></w:r>" }

    /// Text as XML character data: markup characters escaped, characters XML 1.0 forbids dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
