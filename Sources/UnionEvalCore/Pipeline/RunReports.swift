/// The second half of `unioneval run`: every report of an `EvaluationRun` (with results.json and its
/// ledger trail, results-ledger.tsv), handed to `outputs` and
/// committed together. The large evaluation workbook is written on the calling thread, its rows made
/// ready on the other core. On a side thread the people are scored, then the activists workbook and
/// results.json are written, the units' feedback beside them on a thread of its own: the feedback's
/// working memory never meets the people's scoring's.
public enum RunReports {
    public struct Written: Sendable {
        /// Paths of the files written, the evaluation workbook first.
        public var paths: [String]
        /// The activists' nomination, when the criteria have an `activists` section.
        public var nomination: ActivistNomination?
    }

    /// `run` ranks units only (`scoresPeople: false`); its people are scored from `memberLists`.
    public static func write(
        _ run: EvaluationRun, memberLists: MemberLists, criteria: Criteria, context: RunContext, to outputs: some ReportOutputs
    ) throws -> Written {
        let side = SideThread { () throws -> Written in
            // The records' member lists are digested for results.json's trail, the people scored, and
            // the lists let go when this closure returns.
            let (peopleDigests, nomination) = { () -> ([UInt32]?, ActivistNomination?) in
                let full = memberLists.take()
                return (full.map(RunTrail.peopleDigests(of:)), full.flatMap { run.nominate(from: $0, criteria: criteria) })
            }()
            // The people are scored and their member lists gone: the units' feedback, which needs nothing
            // of them, is written beside the activists workbook and results.json from here on.
            let feedback = SideThread {
                try outputs.write(UnitFeedbackReport(run: run, criteria: criteria, context: context).workbook(), preparesRowsAhead: false)
            }
            let rest = Result { () throws -> [String] in
                var paths: [String] = []
                if let nomination {
                    let activists = ActivistReport(
                        data: run.data, criteria: criteria, nomination: nomination, diagnostics: run.diagnostics, context: context)
                    paths.append(try outputs.write(activists.workbook(), preparesRowsAhead: false))
                }
                let results = ResultsDocument(run: run, criteria: criteria, context: context, nomination: nomination)
                paths.append(try outputs.write(try results.json(), named: ResultsDocument.fileName))
                paths.append(try outputs.write(named: LedgerTrail.fileName) { try LedgerTrail.write(run, peopleDigests: peopleDigests, to: $0) })
                return paths
            }
            let feedbackPath = Result { try feedback.value() }
            return Written(paths: try rest.get() + [try feedbackPath.get()], nomination: nomination)
        }
        let evaluation = Result {
            try outputs.write(EvaluationReport(run: run, criteria: criteria, context: context).workbook(), preparesRowsAhead: true)
        }
        // Both finish before anything is committed or thrown, whichever fails.
        let rest = Result { try side.value() }
        do {
            let evaluationPath = try evaluation.get()
            var written = try rest.get()
            written.paths.insert(evaluationPath, at: 0)
            try outputs.commit()
            return written
        } catch {
            outputs.discard()
            throw error
        }
    }
}
