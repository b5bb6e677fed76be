/// An A1-style cell address (`D12`): 1-based row and column.
struct CellAddress: Equatable {
    var row: Int
    var column: Int

    init?(_ text: String) {
        var text = text
        guard let address = text.withUTF8({ CellAddress($0) }) else { return nil }
        self = address
    }

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var column = 0
        var row = 0
        var index = 0
        // Absolute references ($D$12) appear in merge ranges written by some programs.
        if index < bytes.count && bytes[index] == UInt8(ascii: "$") { index += 1 }
        while index < bytes.count, case let byte = bytes[index] & 0xDF, (65...90).contains(byte) {
            column = column * 26 + Int(byte - 64)
            index += 1
            guard column <= 16_384 else { return nil }
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: "$") { index += 1 }
        let digitsStart = index
        while index < bytes.count, (48...57).contains(bytes[index]) {
            row = row * 10 + Int(bytes[index] - 48)
            index += 1
            guard row <= 1_048_576 else { return nil }
        }
        guard column > 0, row > 0, index == bytes.count, index > digitsStart else { return nil }
        self.row = row
        self.column = column
    }
}
