import ArgumentParser
import Foundation
import UnionEvalCore

/// The time a run states when it must be reproducible: `--as-of 2023-12-20`, or the build-tool
/// convention SOURCE_DATE_EPOCH (seconds since 1970) when no date is given.
struct ReproducibleTime {
    /// As the reports show it.
    var text: String
    var secondsSince1970: Int

    static func resolve(asOf: String?, environment: [String: String]) throws -> ReproducibleTime? {
        if let asOf {
            guard case .success(let date) = CalendarDate.parse(asOf) else {
                Console.error("--as-of 应为日期，如 2023-12-20（收到：\(asOf)）")
                throw ExitCode(2)
            }
            return ReproducibleTime(text: date.description, secondsSince1970: date.daysSinceEpoch * 86_400)
        }
        guard let epoch = environment["SOURCE_DATE_EPOCH"] else { return nil }
        guard let seconds = Int(epoch), seconds >= 0 else {
            Console.error("环境变量 SOURCE_DATE_EPOCH 应为 1970 年以来的秒数（收到：\(epoch)）")
            throw ExitCode(2)
        }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return ReproducibleTime(text: formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))), secondsSince1970: seconds)
    }
}
