/// `bands` or `linear_target` of a `rate` or `per_capita` indicator.
extension RateScale {
    /// Thresholds for a rate ("70%" or 0.7) or a per-capita count (2.5), scaled by 1000.
    private static func threshold(_ text: String, percent: Bool) -> Int? {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasSuffix("%") {
            guard percent, let value = ScaledDecimal.parse(String(trimmed.dropLast()), scale: 1), value >= 0 else { return nil }
            return value
        }
        guard let value = ScaledDecimal.parse(trimmed, scale: 3), value >= 0 else { return nil }
        if percent && value > 1000 { return nil }
        return value
    }

    static func parse(
        _ map: YAMLMapping, maximum: Points, percent: Bool, log: inout DiagnosticLog
    ) -> RateScale? {
        let unit = percent ? "比例（如 70% 或 0.7）" : "数值（如 2.5）"
        if let target = map.string("linear_target") {
            guard let value = threshold(target, percent: percent), value > 0 else {
                log.error(
                    "E-CRITERIA-NUMBER", at: YAMLMapping.location(of: map.mapping, file: map.file), raw: target,
                    "“\(map.childPath("linear_target"))”应为大于 0 的\(unit)。")
                return nil
            }
            return .linear(target: value)
        }
        guard let sequence = map["bands"]?.sequence, !sequence.isEmpty else {
            log.error(
                "E-CRITERIA-MISSING", at: YAMLMapping.location(of: map.mapping, file: map.file),
                "“\(map.path)”需要 bands（分档）或 linear_target（线性目标）之一。")
            return nil
        }
        var bands: [RateScale.Band] = []
        for (position, node) in sequence.enumerated() {
            guard let band = YAMLMapping(node, path: map.childPath("bands[\(position)]"), file: map.file, log: &log) else {
                continue
            }
            band.rejectUnknownKeys(allowed: ["min", "points"], log: &log)
            let location = YAMLMapping.location(of: node, file: map.file)
            guard let minimumText = band.string("min"), let minimum = threshold(minimumText, percent: percent) else {
                log.error("E-CRITERIA-NUMBER", at: location, raw: band.string("min"), "“\(band.childPath("min"))”应为\(unit)。")
                continue
            }
            guard let points = band.points("points", log: &log) else { continue }
            if points > maximum {
                log.error("E-CRITERIA-BAND", at: location, raw: points.description, "分档分值 \(points) 超过该指标满分 \(maximum)。")
            }
            bands.append(RateScale.Band(minimum: minimum, points: points))
        }
        return .bands(bands.sorted { $0.minimum > $1.minimum })
    }
}
