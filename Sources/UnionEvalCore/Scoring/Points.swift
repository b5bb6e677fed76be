/// Points held exactly as integer tenths, so sums never drift the way floating point does.
public struct Points: Sendable, Hashable, Comparable, Codable, AdditiveArithmetic, CustomStringConvertible {
    public var tenths: Int

    public init(tenths: Int) { self.tenths = tenths }
    public init(_ whole: Int) { self.tenths = whole * 10 }

    public static let zero = Points(tenths: 0)

    public static func + (lhs: Points, rhs: Points) -> Points { Points(tenths: lhs.tenths + rhs.tenths) }
    public static func - (lhs: Points, rhs: Points) -> Points { Points(tenths: lhs.tenths - rhs.tenths) }
    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.tenths < rhs.tenths }
    public static func * (lhs: Points, rhs: Int) -> Points { Points(tenths: lhs.tenths * rhs) }
    public static prefix func - (value: Points) -> Points { Points(tenths: -value.tenths) }

    /// Parses "3", "2.5", "-1", "+0.5". More than one decimal place is rejected rather than rounded.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        guard let value = ScaledDecimal.parse(trimmed, scale: 1) else { return nil }
        self.tenths = value
    }

    /// Rounds `numerator / denominator` tenths half away from zero.
    public init(roundingTenths numerator: Int, over denominator: Int) {
        precondition(denominator > 0)
        let magnitude = (abs(numerator) * 2 + denominator) / (denominator * 2)
        self.tenths = numerator < 0 ? -magnitude : magnitude
    }

    /// One decimal place, e.g. "12.5", "-3.0".
    public var description: String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    public var doubleValue: Double { Double(tenths) / 10 }

    public func clamped(to range: ClosedRange<Points>) -> Points {
        min(max(self, range.lowerBound), range.upperBound)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(doubleValue)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.tenths = Int((try container.decode(Double.self) * 10).rounded())
    }
}
