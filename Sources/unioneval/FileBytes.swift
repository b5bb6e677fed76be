import Glibc

/// Reads a whole file straight into a byte array: going through `Data` would copy every ledger once more.
enum FileBytes {
    static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw UnreadableFile(path: path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw UnreadableFile(path: path) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        let filled = try bytes.withUnsafeMutableBytes { buffer -> Int in
            var filled = 0
            while filled < buffer.count {
                let got = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if got < 0 && errno == EINTR { continue }
                guard got >= 0 else { throw UnreadableFile(path: path) }
                if got == 0 { break }
                filled += got
            }
            return filled
        }
        // A file that shrank while being read keeps what was there; one that grew is read to its old size.
        if filled < bytes.count { bytes.removeLast(bytes.count - filled) }
        return bytes
    }
}
