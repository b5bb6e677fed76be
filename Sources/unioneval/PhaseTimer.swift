import Foundation

/// Wall-clock time per phase of a run, printed with `--timings` (the benchmark reads these lines).
struct PhaseTimer {
    private var last = ContinuousClock.now
    private(set) var phases: [(name: String, seconds: Double)] = []

    mutating func mark(_ phase: String) {
        let now = ContinuousClock.now
        let elapsed = now - last
        phases.append((phase, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        last = now
    }

    /// One line, e.g. `计时：读取 0.120 s，计分 0.050 s，写入 0.300 s`.
    var summary: String {
        "计时：" + phases.map { "\($0.name) \(String(format: "%.3f", $0.seconds)) s" }.joined(separator: "，")
    }
}
