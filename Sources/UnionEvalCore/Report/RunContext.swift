/// Facts about this run that the shell knows and the report must show.
public struct RunContext: Sendable {
    public var runTime: String
    public var criteriaPath: String
    public var criteriaSHA256: String
    public var inputFolder: String

    public init(runTime: String, criteriaPath: String, criteriaSHA256: String, inputFolder: String) {
        self.runTime = runTime
        self.criteriaPath = criteriaPath
        self.criteriaSHA256 = criteriaSHA256
        self.inputFolder = inputFolder
    }
}
