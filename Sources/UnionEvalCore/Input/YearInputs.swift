/// The files of one evaluation year, read by the shell, handed to the core as bytes.
public struct YearInputs: Sendable {
    public var unions: InputFile
    public var members: InputFile
    public var activities: [InputFile]
    /// The office's optional files that are present.
    public var office: [OfficeFile: InputFile]
    /// How to take each file's SHA-256 for the accounting sheet; nil to skip it. Checking alone writes
    /// no report, and hashing is a sizeable part of reading a large year, so `validate` skips it.
    public var fingerprint: FileFingerprint? = nil
    /// Readers for workbook files, from the shell (they need a zip library and a C library). Without
    /// them a workbook is reported as a format this run cannot read.
    public var xlsxReader: (any WorkbookReading)?
    public var xlsReader: (any WorkbookReading)?
    /// Problems the shell found with the folder itself: files it did not read (a lock file, a format the
    /// tool cannot read, a file it does not know), so that nothing in the folder disappears silently.
    public var folderProblems: [Diagnostic] = []

    public init(unions: InputFile, members: InputFile, activities: [InputFile], office: [OfficeFile: InputFile] = [:]) {
        self.unions = unions
        self.members = members
        self.activities = activities
        self.office = office
    }

    public init(
        unions: InputFile, members: InputFile, activities: [InputFile], adjustments: InputFile? = nil,
        reviews: InputFile? = nil, exclusions: InputFile? = nil
    ) {
        var office: [OfficeFile: InputFile] = [:]
        office[.adjustments] = adjustments
        office[.reviews] = reviews
        office[.exclusions] = exclusions
        self.init(unions: unions, members: members, activities: activities, office: office)
    }
}
