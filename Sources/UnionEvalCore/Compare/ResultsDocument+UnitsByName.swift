extension ResultsDocument {
    /// The units by name, as a comparison matches them (across years too); the first of a repeated name.
    var unitsByName: [String: UnitResult] {
        Dictionary(units.map { ($0.union, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
