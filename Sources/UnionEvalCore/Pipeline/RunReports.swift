/// The second half of `unioneval run`: every report of an `EvaluationRun`, handed to `outputs` and
/// committed together. The large evaluation workbook is written on the calling thread, its rows made
/// ready on the other core; the people's scoring, the activists workbook and results.json follow one
/// another on a side thread, so their working memory is never needed at once; the units' feedback is
/// written on a second side thread.
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
            let nomination = memberLists.take().flatMap { run.nominate(from: $0, criteria: criteria) }
            var paths: [String] = []
            if let nomination {
                let activists = ActivistReport(
                    data: run.data, criteria: criteria, nomination: nomination, diagnostics: run.diagnostics, context: context)
                paths.append(try outputs.write(activists.workbook(), preparesRowsAhead: false))
            }
            let results = ResultsDocument(run: run, criteria: criteria, context: context, nomination: nomination)
            paths.append(try outputs.write(try results.json(), named: ResultsDocument.fileName))
            return Written(paths: paths, nomination: nomination)
        }
        // The units' feedback needs nothing of the people: on a thread of its own, it takes what the
        // other two leave of the cores instead of waiting for the people's side to finish.
        let feedback = SideThread {
            try outputs.write(UnitFeedbackReport(run: run, criteria: criteria, context: context).workbook(), preparesRowsAhead: false)
        }
        let evaluation = Result {
            try outputs.write(EvaluationReport(run: run, criteria: criteria, context: context).workbook(), preparesRowsAhead: true)
        }
        // Both finish before anything is committed or thrown, whichever fails.
        let rest = Result { try side.value() }
        let feedbackPath = Result { try feedback.value() }
        do {
            let evaluationPath = try evaluation.get()
            var written = try rest.get()
            written.paths.insert(evaluationPath, at: 0)
            written.paths.append(try feedbackPath.get())
            try outputs.commit()
            return written
        } catch {
            outputs.discard()
            throw error
        }
    }
}
