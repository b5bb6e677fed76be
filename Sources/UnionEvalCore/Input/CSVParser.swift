/// RFC 4180 reader over UTF-8 bytes: quoted fields may hold delimiters, doubled quotes and line breaks.
/// Rows are handed to `body` one at a time, so a large ledger is never held as rows in memory.
public enum CSVParser {
    private static let quote: UInt8 = 0x22
    private static let newline: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    public static func parse(
        _ text: DecodedText, body: (CSVRow) -> Void
    ) {
        let bytes = text.utf8
        let delimiter = text.delimiter
        var index = 0
        var line = 1
        let end = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            while index < end {
                let rowStart = index
                let rowLine = line
                var fields: [String] = []
                var field: [UInt8] = []
                var inQuotes = false
                var quoteLine = line
                var rowDone = false
                while index < end && !rowDone {
                    let byte = buffer[index]
                    if inQuotes {
                        if byte == quote {
                            if index + 1 < end && buffer[index + 1] == quote {
                                field.append(quote)
                                index += 2
                                continue
                            }
                            inQuotes = false
                        } else {
                            if byte == newline { line += 1 }
                            field.append(byte)
                        }
                        index += 1
                        continue
                    }
                    switch byte {
                    case quote:
                        inQuotes = true
                        quoteLine = line
                        index += 1
                    case delimiter:
                        fields.append(makeString(field))
                        field.removeAll(keepingCapacity: true)
                        index += 1
                    case carriageReturn where index + 1 < end && buffer[index + 1] == newline:
                        index += 1
                    case newline:
                        line += 1
                        index += 1
                        rowDone = true
                    default:
                        field.append(byte)
                        index += 1
                    }
                }
                if inQuotes {
                    // An unterminated quote must not swallow the rest of the file: give up on that one
                    // physical line and resume on the next; the caller reports where the quote opened.
                    let lineEnd = bytes[rowStart...].firstIndex(of: newline).map { $0 + 1 } ?? end
                    index = lineEnd
                    line = rowLine + 1
                    body(CSVRow(line: rowLine, fields: [], unterminatedQuote: (quoteLine, fields.count + 1)))
                    continue
                }
                fields.append(makeString(field))
                body(CSVRow(line: rowLine, fields: fields))
            }
        }
    }

    private static func makeString(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
