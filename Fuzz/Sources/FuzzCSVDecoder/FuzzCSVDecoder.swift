import FuzzSupport
import UnionEvalCore

/// Bytes → encoding detection → RFC 4180 rows. Must never crash, and every row must start on a real line.
public func fuzzCSVDecoder(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    var log = DiagnosticLog()
    let text = DecodedText.decode(bytes, path: "fuzz.csv", log: &log)
    let lineCount = text.utf8.count { $0 == 0x0A } + 1
    var previousLine = 0
    CSVParser.parse(text) { row in
        precondition(row.line > previousLine && row.line <= lineCount, "row line out of order or range")
        previousLine = row.line
    }
    return 0
}
/// The C entry libFuzzer calls with each input.
let testOneInput: FuzzDriver.TestOneInput = { data, size in
    guard let data else { return 0 }
    return fuzzCSVDecoder(data, size)
}

#if FUZZING
/// libFuzzer's runtime refers to this symbol even when the driver is given the callback.
@_cdecl("LLVMFuzzerTestOneInput")
func libFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzCSVDecoder(data, size)
}

@_cdecl("FuzzCSVDecoder_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
#else
/// An ordinary build replays the files given, so the seed corpus can be run without libFuzzer.
@main
enum FuzzCSVDecoderReplay {
    static func main() { FuzzDriver.replay(Array(CommandLine.arguments.dropFirst()), testOneInput) }
}
#endif
