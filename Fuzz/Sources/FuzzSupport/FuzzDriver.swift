#if canImport(Glibc)
import Glibc
#endif

/// What every fuzz target shares: handing control to libFuzzer, or, in an ordinary build, replaying
/// the files given on the command line once each.
public enum FuzzDriver {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    #if FUZZING
    /// SwiftPM links an executable's entry point as `<Module>_main`, so libFuzzer's own `main` is not
    /// used; the target's entry point calls this to start libFuzzer's driver.
    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ test: TestOneInput
    ) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, test)
    }
    #endif

    /// Runs `test` once on the bytes of each file named in `arguments`.
    public static func replay(_ arguments: [String], _ test: TestOneInput) {
        for path in arguments {
            guard let file = fopen(path, "rb") else { continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let read = fread(&buffer, 1, buffer.count, file)
                if read <= 0 { break }
                bytes += buffer[..<read]
            }
            fclose(file)
            _ = bytes.withUnsafeBufferPointer { test($0.baseAddress, $0.count) }
        }
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzDriver.TestOneInput
) -> CInt
#endif
