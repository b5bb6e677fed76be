import Synchronization

/// The year's data with its member ID lists, held apart from the run: only the people's scoring reads
/// the lists, the reports never do, and at a million records they are the largest thing in memory,
/// so they go as soon as the people are scored.
public final class MemberLists: Sendable {
    private let data: Mutex<YearData?>

    init(_ data: YearData) {
        self.data = Mutex(data)
    }

    /// The data with its lists, once: whoever takes it lets it go when done.
    func take() -> YearData? {
        data.withLock { $0.take() }
    }
}

extension EvaluationRun {
    /// Moves the member ID lists out of the run's data into a `MemberLists` (for a run made with
    /// `scoresPeople: false`, whose people `RunReports` scores beside the evaluation workbook).
    public mutating func handOverMemberLists() -> MemberLists {
        let lists = MemberLists(data)
        data.discardMemberPool()
        return lists
    }
}
