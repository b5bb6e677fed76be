/// RFC 4180 reader over UTF-8 bytes: quoted fields may hold delimiters, doubled quotes and line breaks.
/// Rows are handed to `body` one at a time, so a large ledger is never held as rows in memory.
public enum CSVParser {
    private static let quote: UInt8 = 0x22
    private static let newline: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    public static func parse(_ text: DecodedText, body: (CSVRow) -> Void) {
        let delimiter = text.delimiter
        text.utf8.withUnsafeBufferPointer { buffer in
            let end = buffer.count
            var index = 0
            var line = 1
            var fields: [String] = []
            var quoted: [UInt8] = []
            while index < end {
                let rowStart = index
                let rowLine = line
                fields.removeAll(keepingCapacity: true)
                var rowDone = false
                var unterminated: (line: Int, column: Int)? = nil
                while !rowDone {
                    if index < end && buffer[index] == quote {
                        // Quoted field: copy, undoubling quotes, until the closing quote.
                        let quoteLine = line
                        quoted.removeAll(keepingCapacity: true)
                        index += 1
                        var closed = false
                        while index < end {
                            let byte = buffer[index]
                            if byte == quote {
                                if index + 1 < end && buffer[index + 1] == quote {
                                    quoted.append(quote)
                                    index += 2
                                    continue
                                }
                                index += 1
                                closed = true
                                break
                            }
                            if byte == newline { line += 1 }
                            quoted.append(byte)
                            index += 1
                        }
                        guard closed else {
                            unterminated = (quoteLine, fields.count + 1)
                            break
                        }
                        // Text after the closing quote (malformed but common) belongs to the same field.
                        let tailStart = index
                        while index < end && buffer[index] != delimiter && buffer[index] != newline { index += 1 }
                        var tailEnd = index
                        if tailEnd > tailStart && buffer[tailEnd - 1] == carriageReturn && (index == end || buffer[index] == newline) {
                            tailEnd -= 1
                        }
                        quoted.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[tailStart..<tailEnd]))
                        fields.append(String(decoding: quoted, as: UTF8.self))
                    } else {
                        // Plain field: a slice of the buffer, no copy byte by byte.
                        let fieldStart = index
                        while index < end && buffer[index] != delimiter && buffer[index] != newline { index += 1 }
                        var fieldEnd = index
                        if fieldEnd > fieldStart && buffer[fieldEnd - 1] == carriageReturn && (index == end || buffer[index] == newline) {
                            fieldEnd -= 1
                        }
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<fieldEnd]), as: UTF8.self))
                    }
                    if index < end && buffer[index] == delimiter {
                        index += 1
                    } else {
                        if index < end { index += 1 }  // the line break
                        line += 1
                        rowDone = true
                    }
                }
                if let unterminated {
                    // An unterminated quote must not swallow the rest of the file: give up on that one
                    // physical line and resume on the next; the caller reports where the quote opened.
                    index = (UnsafeBufferPointer(rebasing: buffer[rowStart...]).firstIndex(of: newline).map { rowStart + $0 + 1 }) ?? end
                    line = rowLine + 1
                    body(CSVRow(line: rowLine, fields: [], unterminatedQuote: unterminated))
                    continue
                }
                body(CSVRow(line: rowLine, fields: fields))
            }
        }
    }
}
