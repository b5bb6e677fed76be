import Foundation
import Synchronization
import Testing
@testable import UnionEvalCore

/// `RunReports`: every report of a run reaches the outputs, and a failure in any of them commits none.
struct RunReportsTests {
    /// Outputs kept in memory, with an optional file name that fails to write.
    final class MemoryOutputs: ReportOutputs {
        struct State {
            var written: [String] = []
            var committed = false
            var discarded = false
        }

        let state = Mutex(State())
        let failing: String?

        init(failing: String? = nil) { self.failing = failing }

        func write(_ workbook: ReportWorkbook, preparesRowsAhead: Bool) throws -> String {
            try record(workbook.fileName)
        }

        func write(_ document: WordDocument) throws -> String {
            try record(document.fileName)
        }

        func write(_ contents: [UInt8], named fileName: String) throws -> String {
            #expect(contents.last == 0x0A)
            return try record(fileName)
        }

        func write(named fileName: String, streaming produce: (([UInt8]) throws -> Void) throws -> Void) throws -> String {
            var bytes: [UInt8] = []
            try produce { bytes += $0 }
            #expect(bytes.last == 0x0A)
            return try record(fileName)
        }

        private func record(_ name: String) throws -> String {
            if name == failing { throw CocoaError(.fileWriteNoPermission) }
            state.withLock { $0.written.append(name) }
            return "out/\(name)"
        }

        func commit() throws { state.withLock { $0.committed = true } }
        func discard() { state.withLock { $0.discarded = true } }
    }

    func unitsOnlyRun() throws -> (EvaluationRun, MemberLists, Criteria) {
        let criteria = try TestSupport.rubric()
        let inputs = TestSupport.inputs(ledgers: [
            "A单位": "A单位,2023-03-08,三八节活动,三八节活动,校级,\(TestSupport.ids("A", 1...8)),\n",
            "B单位": "B单位,2023-05-20,篮球赛,体育活动,校级,\(TestSupport.ids("B", 1...5)),\n",
        ])
        let (data, diagnostics) = YearDataLoader.load(inputs, criteria: criteria)
        var run = EvaluationRun(data: data, loadDiagnostics: diagnostics, criteria: criteria, scoresPeople: false)
        let lists = run.handOverMemberLists()
        return (run, lists, criteria)
    }

    @Test func everyReportIsWrittenThenCommittedTheEvaluationWorkbookFirst() throws {
        let (run, lists, criteria) = try unitsOnlyRun()
        let outputs = MemoryOutputs()
        let written = try RunReports.write(run, memberLists: lists, criteria: criteria, context: .test, to: outputs)
        let expected = [EvaluationReport.fileName] + (criteria.activists == nil ? [] : [ActivistReport.fileName])
            + [ResultsDocument.fileName, LedgerTrail.fileName, UnitFeedbackReport.fileName]
        #expect(written.paths == expected.map { "out/\($0)" })
        #expect(Set(outputs.state.withLock { $0.written }) == Set(expected))
        #expect(outputs.state.withLock { $0.committed && !$0.discarded })
        #expect((written.nomination != nil) == (criteria.activists != nil))
        // The member lists went to the people's scoring and are gone.
        #expect(lists.take() == nil)
    }

    @Test(arguments: [EvaluationReport.fileName, ResultsDocument.fileName, UnitFeedbackReport.fileName])
    func aFailureInAnyReportCommitsNone(failing: String) throws {
        let (run, lists, criteria) = try unitsOnlyRun()
        let outputs = MemoryOutputs(failing: failing)
        #expect(throws: CocoaError.self) {
            try RunReports.write(run, memberLists: lists, criteria: criteria, context: .test, to: outputs)
        }
        #expect(outputs.state.withLock { !$0.committed && $0.discarded })
    }
}
