/// Remembers what a cell's text resolved to, keyed by the cell's bytes. Ledger columns such as 类别
/// and 级别 repeat a handful of values on every row: each distinct text is looked up once per file.
/// Only successes are remembered, so a bad value is reported on every row that has it. Staff IDs go
/// through one too: a ledger names mostly its own unit's people, whose small table stays in cache.
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
