/// Exact parsing of decimal text into an integer scaled by 10^scale ("0.7" at scale 3 is 700).
enum ScaledDecimal {
    static func parse(_ text: String, scale: Int) -> Int? {
        var scalars = Substring(text)
        var negative = false
        if scalars.first == "-" || scalars.first == "+" {
            negative = scalars.first == "-"
            scalars = scalars.dropFirst()
        }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholePart = parts.first, !wholePart.isEmpty || parts.count == 2,
            wholePart.allSatisfy(\.isASCIIDigit)
        else { return nil }
        let fractionPart = parts.count == 2 ? parts[1] : ""
        guard fractionPart.allSatisfy(\.isASCIIDigit), fractionPart.count <= scale,
            !(wholePart.isEmpty && fractionPart.isEmpty), wholePart.count < 12
        else { return nil }
        var value = Int(wholePart) ?? 0
        for _ in 0..<scale { value *= 10 }
        var fraction = Int(fractionPart) ?? 0
        for _ in 0..<(scale - fractionPart.count) { fraction *= 10 }
        value += fraction
        return negative ? -value : value
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
