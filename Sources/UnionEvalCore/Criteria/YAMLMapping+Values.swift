extension YAMLMapping {
    /// A share written as "8%" or 0.08, scaled by 1000; must lie within 0–1.
    func fraction(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let text = string(key) else { return nil }
        let value =
            text.hasSuffix("%") ? ScaledDecimal.parse(String(text.dropLast()), scale: 1) : ScaledDecimal.parse(text, scale: 3)
        guard let value, (0...1000).contains(value) else {
            log.error(
                "E-CRITERIA-QUOTA", at: YAMLMapping.location(of: self[key]!, file: file), raw: text,
                "“\(childPath(key))”应为 0 到 1 之间的比例（如 0.2 或 20%）。")
            return nil
        }
        return value
    }

    func rounding(_ key: String, default fallback: AwardRule.Rounding, log: inout DiagnosticLog) -> AwardRule.Rounding {
        guard let text = string(key) else { return fallback }
        switch text {
        case "down", "向下取整": return .down
        case "half_up", "四舍五入": return .halfUp
        case "up", "向上取整": return .up
        default:
            log.error(
                "E-CRITERIA-ROUNDING", at: YAMLMapping.location(of: self[key]!, file: file), raw: text,
                "“\(childPath(key))”应为 down（向下取整）、half_up（四舍五入）或 up（向上取整）。")
            return fallback
        }
    }

    func date(_ key: String, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = string(key) else { return nil }
        guard case .success(let date) = CalendarDate.parse(text) else {
            log.error(
                "E-CRITERIA-DATE", at: YAMLMapping.location(of: self[key]!, file: file), raw: text,
                "“\(childPath(key))”应为日期，如 2023-12-31。")
            return nil
        }
        return date
    }
}

extension YAMLMapping {
    /// true/yes/是 or false/no/否; nil when the key is absent.
    func flag(_ key: String) -> Bool? {
        guard let text = string(key)?.lowercased() else { return nil }
        return ["true", "yes", "是"].contains(text)
    }
}
