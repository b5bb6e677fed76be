/// Collects diagnostics from every stage; nothing stops at the first problem.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    public mutating func error(_ code: String, at location: SourceLocation, raw: String? = nil, _ message: String) {
        append(Diagnostic(.error, code: code, at: location, raw: raw, message))
    }

    public mutating func warning(_ code: String, at location: SourceLocation, raw: String? = nil, _ message: String) {
        append(Diagnostic(.warning, code: code, at: location, raw: raw, message))
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
