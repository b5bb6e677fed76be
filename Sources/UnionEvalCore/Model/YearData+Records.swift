extension YearData {
    /// Member indices of the record's organisers.
    public func organizers(of record: ActivityRecord) -> ArraySlice<Int32> {
        memberPool[record.poolStart..<record.poolStart + Int(record.organizerCount)]
    }

    /// Member indices of the record's participants, as listed (an organiser may be listed again).
    public func participants(of record: ActivityRecord) -> ArraySlice<Int32> {
        let start = record.poolStart + Int(record.organizerCount)
        return memberPool[start..<start + Int(record.participantCount)]
    }

    /// Organisers and participants together.
    public func people(of record: ActivityRecord) -> ArraySlice<Int32> {
        memberPool[record.poolStart..<record.poolStart + Int(record.organizerCount + record.participantCount)]
    }

    public func name(of record: ActivityRecord) -> String { activityNames[Int(record.nameID)] }

    /// Frees the ID lists once scoring is done: reports read records and scores, never the lists, and
    /// at a million records the lists are the largest thing in memory. Scoring again needs a new load.
    public mutating func discardMemberPool() {
        memberPool = []
    }
}
