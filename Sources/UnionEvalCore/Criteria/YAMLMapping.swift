import Yams

/// A YAML mapping with its path in the document, so problems can name the exact key and line.
struct YAMLMapping {
    let mapping: Node.Mapping
    let path: String
    let file: String

    init?(_ node: Node?, path: String, file: String, log: inout DiagnosticLog) {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            log.error("E-CRITERIA-TYPE", at: YAMLMapping.location(of: node, file: file), "“\(path)”应为键值映射（key: value）。")
            return nil
        }
        self.mapping = mapping
        self.path = path
        self.file = file
    }

    subscript(key: String) -> Node? {
        mapping.first { $0.key.string == key }?.value
    }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Reports keys the schema does not know, with their full path, instead of ignoring typos.
    func rejectUnknownKeys(allowed: Set<String>, log: inout DiagnosticLog) {
        for (key, _) in mapping {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                log.error(
                    "E-CRITERIA-KEY", at: YAMLMapping.location(of: key, file: file),
                    "未知的键“\(childPath(name))”。此处可用的键：\(known)。")
            }
        }
    }

    func string(_ key: String) -> String? {
        self[key]?.string?.trimmingWhitespace()
    }

    func requiredString(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let value = string(key), !value.isEmpty else {
            log.error("E-CRITERIA-MISSING", at: YAMLMapping.location(of: mapping, file: file), "缺少“\(childPath(key))”。")
            return nil
        }
        return value
    }

    func strings(_ key: String, log: inout DiagnosticLog) -> [String] {
        guard let node = self[key] else { return [] }
        if let scalar = node.string { return [scalar.trimmingWhitespace()] }
        guard let sequence = node.sequence else {
            log.error("E-CRITERIA-TYPE", at: YAMLMapping.location(of: node, file: file), "“\(childPath(key))”应为列表。")
            return []
        }
        return sequence.compactMap { $0.string?.trimmingWhitespace() }
    }

    /// Points with at most one decimal; negative values are refused unless allowed.
    func points(_ key: String, allowNegative: Bool = false, log: inout DiagnosticLog) -> Points? {
        guard let node = self[key] else { return nil }
        let location = YAMLMapping.location(of: node, file: file)
        guard let text = node.string, let value = Points(parsing: text) else {
            log.error("E-CRITERIA-NUMBER", at: location, raw: node.string, "“\(childPath(key))”应为最多一位小数的分值。")
            return nil
        }
        if value < .zero && !allowNegative {
            log.error("E-CRITERIA-NEGATIVE", at: location, raw: text, "“\(childPath(key))”不能为负数。")
            return nil
        }
        return value
    }

    /// true / false (also 是 / 否); nil when absent or logged.
    func boolean(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let node = self[key] else { return nil }
        switch node.string?.trimmingWhitespace().lowercased() {
        case "true", "yes", "是": return true
        case "false", "no", "否": return false
        default:
            log.error("E-CRITERIA-TYPE", at: YAMLMapping.location(of: node, file: file), raw: node.string, "“\(childPath(key))”应为 true 或 false。")
            return nil
        }
    }

    func integer(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let node = self[key] else { return nil }
        guard let text = node.string, let value = Int(text.trimmingWhitespace()), value >= 0 else {
            log.error(
                "E-CRITERIA-NUMBER", at: YAMLMapping.location(of: node, file: file), raw: node.string,
                "“\(childPath(key))”应为非负整数。")
            return nil
        }
        return value
    }

    static func location(of node: Node, file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    static func location(of mapping: Node.Mapping, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mapping.mark?.line ?? 0, column: mapping.mark?.column ?? 0)
    }
}
