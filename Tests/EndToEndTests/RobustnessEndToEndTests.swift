import Foundation
import Testing
import WorkbookReadBack

@Suite(.serialized) struct RobustnessEndToEndTests {
    func totals(_ path: String) throws -> [String: Double] {
        let results = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        return Dictionary(uniqueKeysWithValues: (results["units"] as! [[String: Any]]).map {
            ($0["union"] as! String, ($0["total"] as! NSNumber).doubleValue)
        })
    }

    @Test func aBrokenLedgerNeverStopsTheOtherUnits() throws {
        let folder = try CommandLineRunner.workspace()
        _ = try CommandLineRunner.run(["run", "--out", "before"], in: folder)
        let ledger = "inputs/2023/activities/护理学院分工会.csv"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(ledger)"))
        bytes.append(Data([0x41, 0xFF, 0xFE, 0x2C, 0x0D, 0x0A]))
        bytes.append(Data("护理学院分工会,2023-06-01,\"没有闭合的引号,文化活动,院级,,,,,\r\n".utf8))
        bytes.append(Data("护理学院分工会,2023-06-02,少了几列\r\n".utf8))
        try bytes.write(to: URL(fileURLWithPath: "\(folder)/\(ledger)"))
        let lines = bytes.split(separator: 0x0A).count

        let result = try CommandLineRunner.run(["run", "--out", "after"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(ledger):\(lines - 2):0: 错误: 此行含有既不是 UTF-8 也不是 GBK/GB18030 的字节"))
        #expect(result.standardError.contains("\(ledger):\(lines - 1):3: 错误: 引号未闭合"))
        #expect(result.standardError.contains("\(ledger):\(lines):4: 错误: 本行有 3 列，表头有 10 列"))
        let before = try totals("\(folder)/before/results.json")
        let after = try totals("\(folder)/after/results.json")
        #expect(Set(after.keys) == Set(before.keys), "every unit is still evaluated")
        for (unit, total) in before { #expect(after[unit] == total, "\(unit)") }
        let workbook = try ReadBackWorkbook.read("\(folder)/after/先进基层工会评选结果.xlsx")
        let about = try #require(workbook.sheet("说明"))
        let row = try #require(about.rows.first { $0[1]?.text == ledger })
        #expect(row[7]?.number == 3)
        #expect(row[5]?.number == (row[6]?.number ?? 0) + 3)
    }

    @Test func killingTheRunWhileItWritesLeavesThePreviousReportsByteIdentical() throws {
        let folder = try CommandLineRunner.workspace()
        _ = try CommandLineRunner.run(["run", "--out", "out"], in: folder)
        let names = ["先进基层工会评选结果.xlsx", "工会工作积极分子推荐名单.xlsx", "results.json"]
        let previous = try names.map { try Data(contentsOf: URL(fileURLWithPath: "\(folder)/out/\($0)")) }

        // A larger year, so that writing takes long enough to be interrupted.
        let generator = try ExternalProcess.run(
            "/usr/bin/env",
            ["python3", "\(CommandLineRunner.packageRoot)/scripts/generate_demo_data.py", "--scale", "30", "--out", "\(folder)/big"])
        #expect(generator.status == 0, "\(generator.standardError)")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineRunner.binary)
        process.arguments = ["run", "--inputs", "big", "--out", "out"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let temporary = ".先进基层工会评选结果.xlsx.\(process.processIdentifier).tmp"
        var caught = false
        while process.isRunning {
            if FileManager.default.fileExists(atPath: "\(folder)/out/\(temporary)") {
                kill(process.processIdentifier, SIGKILL)
                caught = true
                break
            }
            usleep(200)
        }
        process.waitUntilExit()
        #expect(caught, "the run finished before its first workbook was being written")
        #expect(process.terminationReason == .uncaughtSignal)
        for (name, bytes) in zip(names, previous) {
            #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/out/\(name)")) == bytes, "\(name)")
        }

        // The next run clears what the killed one left behind.
        _ = try CommandLineRunner.run(["run", "--out", "out"], in: folder)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "\(folder)/out").filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func anUnusableOutputFolderIsAClearErrorAndWritesNothing() throws {
        let folder = try CommandLineRunner.workspace()
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: "\(folder)/occupied"))
        let result = try CommandLineRunner.run(["run", "--out", "occupied"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("无法创建输出目录 occupied"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/occupied")) == Data("not a folder".utf8))
    }

    /// A tiny tmpfs stands in for a full disk; mounting needs root, so elsewhere the test is skipped.
    static let canMountSmallDisk: Bool = {
        guard getuid() == 0 else { return false }
        let probe = NSTemporaryDirectory() + "unioneval-mount-probe-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard (try? ExternalProcess.run("/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]))?.status == 0
        else { return false }
        _ = try? ExternalProcess.run("/usr/bin/env", ["umount", probe])
        return true
    }()

    @Test(.enabled(if: canMountSmallDisk)) func aFullDiskIsAClearErrorAndLeavesThePreviousReports() throws {
        let folder = try CommandLineRunner.workspace()
        let disk = "\(folder)/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        #expect(try ExternalProcess.run("/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk]).status == 0)
        defer { _ = try? ExternalProcess.run("/usr/bin/env", ["umount", disk]) }
        try Data("old results".utf8).write(to: URL(fileURLWithPath: "\(disk)/results.json"))
        let result = try CommandLineRunner.run(["run", "--out", "disk"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("无法写入 disk/"))
        #expect(result.standardError.contains("原有文件未被改动；请检查输出目录是否可写、磁盘空间是否充足。"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk) == ["results.json"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(disk)/results.json")) == Data("old results".utf8))
    }
}
