/// Rows below the header that are not data: totals (合计), signatures (填表人, 审核人, 盖章), notes, and
/// the header repeated (a sheet with one block per month). Such a row begins with one of the words
/// below and lacks a required value, or repeats the header's required cells. Made once per table, and
/// a class so that asking it about a row costs no copy.
final class LayoutRows {
    static let leadingWords: [[UInt8]] = [
        "合计", "总计", "小计", "共计", "累计", "填表人", "填报人", "制表人", "制表", "填表", "填报日期", "审核人", "审核", "负责人签字",
        "负责人：", "负责人:", "签字", "签名", "盖章", "（盖章）", "(盖章)", "单位盖章", "注：", "注:", "备注：", "备注:",
        "说明：", "说明:", "日期：", "日期:",
    ].map { Array($0.utf8) }

    /// The first character of each word, as its three UTF-8 bytes in one number, looked at before the
    /// words themselves.
    private let leadingCharacters: [UInt32] = Array(Set(leadingWords.compactMap(firstCharacter))).sorted()

    private static func firstCharacter<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32? where Bytes.Index == Int {
        guard bytes.count >= 3 else { return nil }
        let start = bytes.startIndex
        return UInt32(bytes[start]) << 16 | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2])
    }

    /// Positions of the required columns in the table, and the header's text there.
    private let required: [(position: Int, header: [UInt8])]

    init(header: CellRow, positions: [Int?], schema: TableSchema) {
        required = schema.columns.indices.compactMap { ordinal in
            guard schema.columns[ordinal].isRequired, let position = positions[ordinal] else { return nil }
            return (position, Array(UTF8Trimming.trimmed(header.bytes(position))))
        }
    }

    func isLayout(_ row: CellRow) -> Bool {
        // A first required value that begins with a digit (a date, a staff ID) is data: no header and
        // none of the words begins so. That settles nearly every row of a ledger or a roster at once.
        if let (position, _) = required.first, let byte = cell(position, of: row).first, byte >= 0x30 && byte <= 0x39 {
            return false
        }
        // Otherwise a data row has every required value and differs from the header.
        var lacksRequired = false
        var repeatsHeader = true
        for (position, header) in required {
            let text = cell(position, of: row)
            if text.isEmpty {
                lacksRequired = true
                repeatsHeader = false
            } else if repeatsHeader && !text.elementsEqual(header) {
                repeatsHeader = false
            }
        }
        if repeatsHeader { return true }
        guard lacksRequired,
            let first = (0..<row.fieldCount).lazy.map({ UTF8Trimming.trimmed(row.bytes($0)) }).first(where: { !$0.isEmpty }),
            let character = Self.firstCharacter(first), leadingCharacters.contains(character)
        else { return false }
        return Self.leadingWords.contains { first.starts(with: $0) }
    }

    private func cell(_ position: Int, of row: CellRow) -> UnsafeBufferPointer<UInt8> {
        position < row.fieldCount ? UTF8Trimming.trimmed(row.bytes(position)) : UnsafeBufferPointer(start: nil, count: 0)
    }
}
