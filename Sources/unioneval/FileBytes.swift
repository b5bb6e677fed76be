#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file straight into a byte array: going through `Data` would copy every ledger once more.
enum FileBytes {
    static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw UnreadableFile(path: path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw UnreadableFile(path: path) }
        // Filled straight from the file, not zeroed first: a large year is hundreds of megabytes.
        let size = Int(status.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            while initialized < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if got < 0 && errno == EINTR { continue }
                guard got >= 0 else {
                    failed = true
                    return
                }
                if got == 0 { break }
                initialized += got
            }
        }
        guard !failed else { throw UnreadableFile(path: path) }
        // A file that shrank while being read keeps what was there; one that grew is read to its old size.
        return bytes
    }
}
