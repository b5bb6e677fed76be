/// A file's bytes as the shell read them, with the path shown to the user in diagnostics.
public struct InputFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The file name without folders and without the `.csv` extension.
    public var baseName: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.lowercased().hasSuffix(".csv") { return String(name.dropLast(4)) }
        return name
    }
}
