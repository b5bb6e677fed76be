import FuzzSupport
import UnionEvalCore
import UnionEvalWorkbooks

let criteria: Criteria = {
    let yaml = """
        total: 10
        categories: [文化活动, 体育活动]
        dimensions:
          - id: A
            name: 甲
            indicators:
              - {id: A1, name: 文化, max: 10, rule: count, match: {categories: [文化活动]}, points_each: 2}
        award: {quota: 50%}
        """
    return CriteriaParser.parse(yaml, file: "fuzz.yaml").criteria!
}()

let unions = InputFile(path: "unions.csv", bytes: Array("二级工会\nA单位\nB单位\n".utf8))
let members = InputFile(path: "members.csv", bytes: Array("工号,姓名,二级工会\nA01,甲,A单位\nA02,乙,A单位\nB01,丙,B单位\n".utf8))

/// The first byte picks what the rest is: odd, a worksheet's XML (parsed on its own, where nearly all the
/// reader's code is); even, a whole .xlsx file through load, score and rank. No crash, no runaway memory,
/// and the accounting invariant holds.
public func fuzzWorkbookReader(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: start + 1, count: count - 1))
    if start[0] & 1 == 1 {
        _ = try? XlsxWorkbookReader.sheet(fromXML: bytes)
        return 0
    }
    var inputs = YearInputs(unions: unions, members: members, activities: [InputFile(path: "activities/A单位.xlsx", bytes: bytes)])
    inputs.xlsxReader = XlsxWorkbookReader()
    let run = EvaluationRun(inputs: inputs, criteria: criteria)
    for file in run.data.accounting {
        precondition(file.balances, "accounting broken for \(file.table)")
    }
    return 0
}

/// The C entry libFuzzer calls with each input.
let testOneInput: FuzzDriver.TestOneInput = { data, size in
    guard let data else { return 0 }
    return fuzzWorkbookReader(data, size)
}

#if FUZZING
/// libFuzzer's runtime refers to this symbol even when the driver is given the callback.
@_cdecl("LLVMFuzzerTestOneInput")
func libFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzWorkbookReader(data, size)
}

@_cdecl("FuzzWorkbookReader_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
#else
/// An ordinary build replays the files given, so the seed corpus can be run without libFuzzer.
@main
enum FuzzWorkbookReaderReplay {
    static func main() { FuzzDriver.replay(Array(CommandLine.arguments.dropFirst()), testOneInput) }
}
#endif
