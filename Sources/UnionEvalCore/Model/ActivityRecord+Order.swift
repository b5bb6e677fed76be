extension ActivityRecord {
    /// The fixed order in which records reach caps (date, name, file, line), so that the order of rows
    /// in a ledger never changes a score.
    public static func precedesInScoringOrder(_ a: ActivityRecord, _ b: ActivityRecord) -> Bool {
        (a.date, a.name, a.file, a.line) < (b.date, b.name, b.file, b.line)
    }
}
