import ArgumentParser
import Foundation
import UnionEvalCore

/// The time a run states when it must be reproducible: `--as-of 2023-12-20`, or the build-tool
/// convention SOURCE_DATE_EPOCH (seconds since 1970) when no date is given.
struct ReproducibleTime {
    /// As the reports show it.
    var text: String
    var secondsSince1970: Int

    init(text: String, secondsSince1970: Int) {
        self.text = text
        self.secondsSince1970 = secondsSince1970
    }

    /// Midnight (UTC) of a date.
    init(_ date: CalendarDate) {
        self.init(text: date.description, secondsSince1970: date.daysSinceEpoch * 86_400)
    }

    /// The date of an `--as-of` option, or exit status 2 with what was expected.
    static func date(_ text: String, example: String) throws -> CalendarDate {
        guard case .success(let date) = CalendarDate.parse(text) else {
            Console.error("--as-of 应为日期，如 \(example)（收到：\(text)）")
            throw ExitCode(2)
        }
        return date
    }

    static func resolve(asOf: String?, environment: [String: String]) throws -> ReproducibleTime? {
        if let asOf { return ReproducibleTime(try date(asOf, example: "2023-12-20")) }
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
