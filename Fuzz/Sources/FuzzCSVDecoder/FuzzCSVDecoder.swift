import UnionEvalCore

#if canImport(Glibc)
import Glibc
#endif

/// Bytes → encoding detection → RFC 4180 rows. Must never crash, and every row must start on a real line.
public func fuzzCSVDecoder(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    var log = DiagnosticLog()
    let text = DecodedText.decode(InputFile(path: "fuzz.csv", bytes: bytes), log: &log)
    let lineCount = text.utf8.count { $0 == 0x0A } + 1
    var previousLine = 0
    CSVParser.parse(text) { row in
        precondition(row.line > previousLine && row.line <= lineCount, "row line out of order or range")
        previousLine = row.line
    }
    return 0
}
#if FUZZING
/// libFuzzer's driver. SwiftPM links an executable's entry point as `<Module>_main`, so libFuzzer's own
/// `main` is not used; this entry point hands control to the driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// libFuzzer's runtime refers to this symbol even when the driver is given the callback.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzCSVDecoder(data, size)
}

@_cdecl("FuzzCSVDecoder_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzzCSVDecoder(data, size)
    }
}
#else
/// Built without libFuzzer (an ordinary `swift build`): run the target once per file given, so the
/// seed corpus can still be replayed.
@main
enum FuzzCSVDecoderReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let file = fopen(path, "rb") else { continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let read = fread(&buffer, 1, buffer.count, file)
                if read <= 0 { break }
                bytes += buffer[..<read]
            }
            fclose(file)
            _ = bytes.withUnsafeBufferPointer { fuzzCSVDecoder($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
        }
    }
}
#endif
