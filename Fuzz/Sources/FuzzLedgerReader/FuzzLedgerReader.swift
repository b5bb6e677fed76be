import FuzzSupport
import UnionEvalCore

let criteria: Criteria = {
    let yaml = """
        total: 10
        categories: [{name: 文化活动, aliases: [文艺活动]}, 体育活动]
        outcomes: [一等奖]
        dimensions:
          - id: A
            name: 甲
            indicators:
              - {id: A1, name: 文化, max: 4, rule: count, match: {categories: [文化活动]}, points_each: 2}
              - {id: A2, name: 参与率, max: 3, rule: rate, bands: [{min: 50%, points: 3}]}
              - {id: A3, name: 人均, max: 3, rule: per_capita, bands: [{min: 10, points: 3}]}
        award: {quota: 50%}
        activists: {points: {organize: 3, participate: 1}}
        """
    return CriteriaParser.parse(yaml, file: "fuzz.yaml").criteria!
}()

let unions = InputFile(path: "unions.csv", bytes: Array("二级工会\nA单位\nB单位\n".utf8))
let members = InputFile(path: "members.csv", bytes: Array("工号,姓名,二级工会\nA01,甲,A单位\nA02,乙,A单位\nB01,丙,B单位\n".utf8))

/// A whole ledger through loading, scoring, ranking and nomination: no crash, and the accounting invariant holds.
public func fuzzLedgerReader(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let ledger = InputFile(path: "activities/A单位.csv", bytes: Array(UnsafeBufferPointer(start: start, count: count)))
    let run = EvaluationRun(inputs: YearInputs(unions: unions, members: members, activities: [ledger]), criteria: criteria)
    for file in run.data.accounting {
        precondition(file.balances, "accounting broken for \(file.table)")
    }
    precondition(run.data.records.count == run.data.accounting.last!.rowsUsed)
    _ = EvaluationReport(
        run: run, criteria: criteria, context: RunContext(runTime: "", criteriaPath: "", criteriaSHA256: "", inputFolder: "")
    ).workbook()
    return 0
}
/// The C entry libFuzzer calls with each input.
let testOneInput: FuzzDriver.TestOneInput = { data, size in
    guard let data else { return 0 }
    return fuzzLedgerReader(data, size)
}

#if FUZZING
/// libFuzzer's runtime refers to this symbol even when the driver is given the callback.
@_cdecl("LLVMFuzzerTestOneInput")
func libFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzLedgerReader(data, size)
}

@_cdecl("FuzzLedgerReader_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
#else
/// An ordinary build replays the files given, so the seed corpus can be run without libFuzzer.
@main
enum FuzzLedgerReaderReplay {
    static func main() { FuzzDriver.replay(Array(CommandLine.arguments.dropFirst()), testOneInput) }
}
#endif
