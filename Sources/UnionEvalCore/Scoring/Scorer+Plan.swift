extension Scorer {
    /// Units score independently: two runs of units with about half the records each, which can be
    /// scored on different cores (and beside other work: see `EvaluationRun`).
    struct Plan: Sendable {
        let data: YearData
        let criteria: Criteria
        let keepsRecordTrail: Bool
        /// Per unit, its records' indices, already in scoring order.
        let recordsByUnion: [[Int32]]
        let runs: [Range<Int>]
        /// Per member, its unit when it is a union member (会员=是), else -1.
        let countedUnion: [Int32]
        let sources: ScoreSources

        init(data: YearData, criteria: Criteria, keepsRecordTrail: Bool) {
            self.data = data
            self.criteria = criteria
            self.keepsRecordTrail = keepsRecordTrail
            var grouped = [[Int32]](repeating: [], count: data.unions.count)
            for (index, record) in data.records.enumerated() {
                grouped[record.union].append(Int32(index))
            }
            recordsByUnion = grouped
            runs = WorkSplit.halves(weights: grouped.map(\.count))
            countedUnion = data.members.map { $0.isMember ? Int32($0.union) : -1 }
            sources = ScoreSources(data: data, criteria: criteria)
        }

        /// One run's unit scores, and the credits of its records.
        func score(run: Int) -> (units: [UnitScore], credits: RecordCredits) {
            var scorer = Scorer(
                data: data, criteria: criteria, keepsRecordTrail: keepsRecordTrail,
                credits: RecordCredits(recordCount: keepsRecordTrail ? data.records.count : 0), sources: sources)
            scorer.memberStamps = Array(repeating: 0, count: data.members.count)
            scorer.countedUnion = countedUnion
            let units = runs[run].map { union in
                scorer.scoreUnit(union, records: recordsByUnion[union].map { (Int($0), data.records[Int($0)]) })
            }
            return (units, scorer.credits)
        }

        /// The runs' results, in run order, as one evaluation.
        func evaluation(of parts: [(units: [UnitScore], credits: RecordCredits)]) -> Evaluation {
            var scorer = Scorer(
                data: data, criteria: criteria, keepsRecordTrail: keepsRecordTrail, credits: parts[0].credits, sources: sources)
            if keepsRecordTrail {
                for (run, part) in zip(runs, parts).dropFirst() {
                    scorer.credits.absorb(part.credits, records: run.lazy.flatMap { recordsByUnion[$0] }.map { Int($0) })
                }
            }
            scorer.reportMissingScores()
            return Evaluation(units: parts.flatMap(\.units), recordCredits: scorer.credits, diagnostics: scorer.log.diagnostics)
        }
    }
}
