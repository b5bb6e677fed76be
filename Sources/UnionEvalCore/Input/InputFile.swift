/// A file given to the core: its path as the user sees it, and its bytes — either already read, or read
/// by the shell when the core gets to it, so a large year is never held in memory all at once.
public struct InputFile: Sendable {
    public var path: String
    private let source: Source

    private enum Source: Sendable {
        case bytes([UInt8])
        case reader(@Sendable () throws -> [UInt8])
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.source = .bytes(bytes)
    }

    /// `read` is called once, when the file is parsed; a thrown error is reported as a problem with the file.
    public init(path: String, read: @escaping @Sendable () throws -> [UInt8]) {
        self.path = path
        self.source = .reader(read)
    }

    public func readBytes() throws -> [UInt8] {
        switch source {
        case .bytes(let bytes): return bytes
        case .reader(let read): return try read()
        }
    }

    /// The file name without folders and without its extension.
    public var baseName: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let fileExtension = InputFormat.fileExtension(of: name)
        return fileExtension.isEmpty ? name : String(name.dropLast(fileExtension.count + 1))
    }
}
