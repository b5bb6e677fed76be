/// Finds a unit by its name in unions.csv; an unknown name is reported with the nearest real one.
enum UnionLookup {
    static func resolve(
        _ name: String?, index: [String: Int], names: @autoclosure () -> [String], in row: TableRow,
        log: inout DiagnosticLog, column: String = "二级工会"
    ) -> Int? {
        guard let name else {
            log.error("E-VALUE-MISSING", at: row.location(column), "“\(column)”为空，本行未使用。")
            return nil
        }
        guard let found = index[name] else {
            let suggestion = EditDistance.nearest(to: name, in: names()).map { "是否应为“\($0)”？" } ?? ""
            log.error(
                "E-UNION-UNKNOWN", at: row.location(column), raw: name,
                "二级工会“\(name)”不在 unions.csv 中，本行未使用。\(suggestion)")
            return nil
        }
        return found
    }
}
