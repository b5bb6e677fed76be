/// Rows below the header that are not data: totals (合计), signatures (填表人, 审核人, 盖章), notes, and
/// the header repeated (a sheet with one block per month). Such a row begins with one of the words
/// below and lacks a required value, or repeats the header's required cells. Made once per table.
struct LayoutRows {
    static let leadingWords: [[UInt8]] = [
        "合计", "总计", "小计", "共计", "累计", "填表人", "填报人", "制表人", "制表", "填表", "填报日期", "审核人", "审核", "负责人签字",
        "负责人：", "负责人:", "签字", "签名", "盖章", "（盖章）", "(盖章)", "单位盖章", "注：", "注:", "备注：", "备注:",
        "说明：", "说明:", "日期：", "日期:",
    ].map { Array($0.utf8) }

    /// Positions of the required columns in the table, and the header's text there.
    private let required: [(position: Int, header: [UInt8])]

    init(header: CellRow, positions: [Int?], schema: TableSchema) {
        required = schema.columns.indices.compactMap { ordinal in
            guard schema.columns[ordinal].isRequired, let position = positions[ordinal] else { return nil }
            return (position, Array(UTF8Trimming.trimmed(header.bytes(position))))
        }
    }

    func isLayout(_ row: CellRow) -> Bool {
        guard let first = (0..<row.fieldCount).lazy.map({ UTF8Trimming.trimmed(row.bytes($0)) }).first(where: { !$0.isEmpty }) else {
            return false
        }
        // Dates, IDs and most data begin with ASCII; every word above and every header begins with a Chinese character.
        guard first[0] >= 0x80 else { return false }
        if required.allSatisfy({ cell($0.position, of: row).elementsEqual($0.header) }) { return true }
        guard Self.leadingWords.contains(where: { first.starts(with: $0) }) else { return false }
        return required.contains { cell($0.position, of: row).isEmpty }
    }

    private func cell(_ position: Int, of row: CellRow) -> UnsafeBufferPointer<UInt8> {
        position < row.fieldCount ? UTF8Trimming.trimmed(row.bytes(position)) : UnsafeBufferPointer(start: nil, count: 0)
    }
}
