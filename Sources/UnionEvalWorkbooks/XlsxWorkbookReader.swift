import UnionEvalCore

/// Reads `.xlsx` (and `.xlsm`) workbooks as Excel, WPS and LibreOffice write them: the zip container
/// through ZIPFoundation, every XML part through `XMLScanner` (no DTD, no external entity, nothing
/// outside the file is ever read). Every sheet is returned, in the workbook's order, with its name
/// and whether it is hidden.
public struct XlsxWorkbookReader: WorkbookReading {
    public init() {}

    public func read(_ bytes: [UInt8], path: String) throws(WorkbookProblem) -> Workbook {
        let package = try XlsxPackage(bytes)
        let packageRelationships = try XlsxRelationships(package.part("_rels/.rels"), folder: "")
        let workbookPath = packageRelationships.target(ofTypeEndingWith: "/officeDocument") ?? "xl/workbook.xml"
        guard let workbookXML = try package.part(workbookPath) else {
            throw .damaged("缺少工作簿内容 \(workbookPath)")
        }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relationshipsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let relationships = try XlsxRelationships(package.part(relationshipsPath), folder: folder)
        let entries = try Self.sheetEntries(workbookXML)
        let sharedStrings = try XlsxSharedStrings(
            package.part(relationships.target(ofTypeEndingWith: "/sharedStrings") ?? "\(folder)/sharedStrings.xml"))
        let styles = try XlsxStyles(package.part(relationships.target(ofTypeEndingWith: "/styles") ?? "\(folder)/styles.xml"))
        let parser = XlsxSheetParser(sharedStrings: sharedStrings, styles: styles, uses1904Dates: entries.uses1904Dates)
        var sheets: [Workbook.Sheet] = []
        for entry in entries.sheets {
            // Chart sheets and dialog sheets have no cells; only worksheets are read.
            guard let target = relationships.targets[entry.relationship] else { continue }
            guard let xml = try package.part(target) else { throw .damaged("缺少工作表“\(entry.name)”的内容") }
            guard try Self.isWorksheet(xml) else { continue }
            sheets.append(Workbook.Sheet(name: entry.name, isHidden: entry.isHidden, grid: try parser.parse(xml)))
        }
        return Workbook(sheets: sheets, formatName: "xlsx")
    }

    private struct SheetEntry {
        var name: String
        var isHidden: Bool
        var relationship: String
    }

    private static func sheetEntries(_ xml: [UInt8]) throws(WorkbookProblem) -> (sheets: [SheetEntry], uses1904Dates: Bool) {
        var sheets: [SheetEntry] = []
        var uses1904 = false
        try xml.withUnsafeBufferPointer { (buffer) throws(WorkbookProblem) in
            var scanner = XMLScanner(buffer)
            while true {
                let token = try scanner.next()
                if case .endOfDocument = token { return }
                guard case .start(let name, let attributes, _) = token else { continue }
                if scanner.name(name, is: "workbookPr") {
                    let value = try scanner.attributeText("date1904", in: attributes)
                    uses1904 = value == "1" || value == "true"
                } else if scanner.name(name, is: "sheet"), let sheetName = try scanner.attributeText("name", in: attributes),
                    let relationship = try scanner.attributeText("id", in: attributes)
                {
                    let state = try scanner.attributeText("state", in: attributes)
                    sheets.append(SheetEntry(name: sheetName, isHidden: state == "hidden" || state == "veryHidden", relationship: relationship))
                }
            }
        }
        return (sheets, uses1904)
    }

    /// Whether a sheet part is a worksheet (its root element is `worksheet`), not a chart sheet.
    private static func isWorksheet(_ xml: [UInt8]) throws(WorkbookProblem) -> Bool {
        try xml.withUnsafeBufferPointer { (buffer) throws(WorkbookProblem) -> Bool in
            var scanner = XMLScanner(buffer)
            while true {
                switch try scanner.next() {
                case .start(let name, _, _): return scanner.name(name, is: "worksheet")
                case .endOfDocument: return false
                default: continue
                }
            }
        }
    }
}

extension XlsxWorkbookReader {
    /// One worksheet part read on its own, without shared strings or styles: the XML parsing behind every
    /// sheet, which the fuzzer exercises without having to build a zip container first.
    public static func sheet(fromXML xml: [UInt8]) throws(WorkbookProblem) -> SheetGrid {
        try XlsxSheetParser(sharedStrings: XlsxSharedStrings(nil), styles: XlsxStyles(nil), uses1904Dates: false).parse(xml)
    }
}
