/// Splits a cell of staff IDs on any separator the contract allows: `;` `；` `,` `，` `、`, spaces
/// (half- or full-width), tabs and line breaks. Works on UTF-8 bytes: ledgers hold millions of IDs.
enum StaffIDList {
    /// Calls `body` with the bytes of each ID in the cell, in order.
    static func forEachID(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        var index = 0
        while index < bytes.count {
            let width = separatorWidth(bytes, at: index)
            if width > 0 {
                if index > start { body(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                index += width
                start = index
            } else {
                index += 1
            }
        }
        if bytes.count > start { body(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
    }

    /// Byte length of the separator starting at `index`, or 0.
    private static func separatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x3B, 0x2C, 0x20, 0x09, 0x0A, 0x0D:
            return 1
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBC && (bytes[index + 2] == 0x9B || bytes[index + 2] == 0x8C):
            return 3  // ； ，
        case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x81 || bytes[index + 2] == 0x80):
            return 3  // 、 and the ideographic space
        default:
            return 0
        }
    }
}
