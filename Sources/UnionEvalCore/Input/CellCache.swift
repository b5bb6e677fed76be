/// Remembers what a cell's text resolved to, keyed by the cell's bytes. Ledger columns such as 类别
/// and 级别 repeat a handful of values on every row: each distinct text is looked up once per file.
/// Only successes are remembered, so a bad value is reported on every row that has it.
struct CellCache<Value> {
    private var table = ByteStringTable()
    private var values: [Value] = []

    mutating func value(for bytes: UnsafeBufferPointer<UInt8>, resolve: (String) -> Value?) -> Value? {
        value(for: bytes, resolveBytes: { resolve(String(decoding: $0, as: UTF8.self)) })
    }

    mutating func value(
        for bytes: UnsafeBufferPointer<UInt8>, resolveBytes: (UnsafeBufferPointer<UInt8>) -> Value?
    ) -> Value? {
        if let id = table.find(bytes) { return values[Int(id)] }
        guard let value = resolveBytes(bytes) else { return nil }
        table.insert(bytes)
        values.append(value)
        return value
    }
}

/// What a cell resolved to: nothing written, a known value, or text that names nothing known.
enum CellLookup<Value> {
    case empty
    case found(Value)
    case unknown(String)
}

extension CellCache {
    /// Resolves the trimmed cell at a schema column, through the cache.
    mutating func lookup(_ row: TableRow, at ordinal: Int, resolve: (String) -> Value?) -> CellLookup<Value> {
        row.withValueBytes(at: ordinal) { bytes in
            if bytes.isEmpty { return .empty }
            if let value = value(for: bytes, resolve: resolve) { return .found(value) }
            return .unknown(String(decoding: bytes, as: UTF8.self))
        }
    }
}
