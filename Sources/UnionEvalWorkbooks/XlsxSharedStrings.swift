import UnionEvalCore

/// The workbook's shared strings (`sharedStrings.xml`): cells of type `s` hold an index here. Rich
/// text runs are joined; phonetic guides (`rPh`, furigana) are not part of the text.
struct XlsxSharedStrings {
    private var text: [UInt8] = []
    private var ranges: [Range<Int>] = []

    init(_ bytes: [UInt8]?) throws(WorkbookProblem) {
        guard let bytes else { return }
        try bytes.withUnsafeBufferPointer { (buffer) throws(WorkbookProblem) in
            var scanner = XMLScanner(buffer)
            var start = 0
            var inText = false
            var phoneticDepth = 0
            while true {
                switch try scanner.next() {
                case .endOfDocument:
                    return
                case .start(let name, _, let isEmpty):
                    if scanner.name(name, is: "si") {
                        start = text.count
                        if isEmpty { ranges.append(start..<start) }
                    } else if scanner.name(name, is: "rPh") && !isEmpty {
                        phoneticDepth += 1
                    } else if scanner.name(name, is: "t") && !isEmpty {
                        inText = phoneticDepth == 0
                    }
                case .end(let name):
                    if scanner.name(name, is: "si") {
                        ranges.append(start..<text.count)
                    } else if scanner.name(name, is: "rPh") {
                        phoneticDepth -= 1
                    } else if scanner.name(name, is: "t") {
                        inText = false
                    }
                case .text(let range):
                    if inText { try scanner.appendDecoded(range, to: &text) }
                case .cdata(let range):
                    if inText { text.append(contentsOf: scanner.slice(range)) }
                }
            }
        }
    }

    var count: Int { ranges.count }

    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[ranges[index]])) }
    }
}
