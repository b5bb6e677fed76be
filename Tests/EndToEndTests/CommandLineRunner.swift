import Foundation
import WorkbookReadBack

/// Runs the built `unioneval` binary the way a user does and captures what they would see.
struct CommandLineRunner {
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

    static func run(_ arguments: [String], in folder: String) throws -> ExternalProcess {
        try ExternalProcess.run(binary, arguments, in: folder)
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
