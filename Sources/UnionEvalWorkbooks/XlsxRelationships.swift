import UnionEvalCore

/// A part's relationships (`_rels/*.rels`): id → target part, and type → target part.
struct XlsxRelationships {
    private(set) var targets: [String: String] = [:]
    private(set) var byType: [(type: String, target: String)] = []

    /// `folder` is the folder of the part the relationships belong to; targets are resolved against it.
    init(_ bytes: [UInt8]?, folder: String) throws(WorkbookProblem) {
        guard let bytes else { return }
        try bytes.withUnsafeBufferPointer { (buffer) throws(WorkbookProblem) in
            var scanner = XMLScanner(buffer)
            while true {
                let token = try scanner.next()
                if case .endOfDocument = token { break }
                guard case .start(let name, let attributes, _) = token, scanner.name(name, is: "Relationship") else { continue }
                guard let id = try scanner.attributeText("Id", in: attributes), let target = try scanner.attributeText("Target", in: attributes)
                else { continue }
                // External targets (links to web pages or other files) are never followed.
                if try scanner.attributeText("TargetMode", in: attributes) == "External" { continue }
                let resolved = Self.resolve(target, folder: folder)
                targets[id] = resolved
                byType.append((try scanner.attributeText("Type", in: attributes) ?? "", resolved))
            }
        }
    }

    func target(ofTypeEndingWith suffix: String) -> String? {
        byType.first { $0.type.hasSuffix(suffix) }?.target
    }

    /// `worksheets/sheet1.xml` against `xl` is `xl/worksheets/sheet1.xml`; `/xl/…` is absolute; `..` climbs.
    static func resolve(_ target: String, folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for part in target.split(separator: "/") {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if part != "." {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
