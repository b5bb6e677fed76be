extension Points {
    /// The maximum of a bonus indicator without a cap (工作成效加分，逐项累加，上不封顶): larger than any
    /// sum of real points, small enough that adding to it never overflows.
    public static let unbounded = Points(tenths: 1 << 48)

    public var isUncapped: Bool { self >= Self.unbounded }
}
