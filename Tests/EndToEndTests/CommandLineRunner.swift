import Foundation

/// Runs the built `unioneval` binary the way a user does and captures what they would see.
struct CommandLineRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static let packageRoot: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    /// The binary sits next to the test bundle in the build folder.
    static let binary: String = {
        let bundleFolder = Bundle.main.bundleURL.path
        for candidate in [bundleFolder + "/unioneval", packageRoot + "/.build/debug/unioneval"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return packageRoot + "/.build/debug/unioneval"
    }()

    static func run(_ arguments: [String], in folder: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    /// A scratch folder holding a copy of the bundled inputs/ and criteria/, as in a fresh checkout.
    static func workspace() throws -> String {
        let folder = NSTemporaryDirectory() + "unioneval-e2e-\(UUID().uuidString)"
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for item in ["inputs", "criteria"] {
            try manager.copyItem(atPath: "\(packageRoot)/\(item)", toPath: "\(folder)/\(item)")
        }
        return folder
    }
}
