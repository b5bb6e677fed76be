import Foundation
import Testing

/// Nothing in the input folder disappears: what is read is read, what is not is named with what to do,
/// as the user sees it on the terminal.
@Suite(.serialized) struct InputFolderEndToEndTests {
    @Test func everyFileInTheFolderIsReadOrNamed() throws {
        let folder = try CommandLineRunner.workspace()
        let activities = "\(folder)/inputs/2023/activities"
        let manager = FileManager.default
        // A lock file Excel leaves while a ledger is open, a WPS-only workbook, a Word file, a subfolder.
        try Data([0x00, 0x01]).write(to: URL(fileURLWithPath: "\(activities)/~$管理学院分工会.xlsx"))
        try Data("not a spreadsheet".utf8).write(to: URL(fileURLWithPath: "\(activities)/校医院分工会.et"))
        try Data("说明".utf8).write(to: URL(fileURLWithPath: "\(folder)/inputs/2023/填报说明.docx"))
        try manager.createDirectory(atPath: "\(activities)/旧版", withIntermediateDirectories: true)
        // The office's roster saved twice.
        try manager.copyItem(atPath: "\(folder)/inputs/2023/unions.csv", toPath: "\(folder)/inputs/2023/unions.xlsx")

        let result = try CommandLineRunner.run(["validate"], in: folder)
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.contains(
            "inputs/2023/activities/~$管理学院分工会.xlsx:0:0: 警告: “~$管理学院分工会.xlsx”是 Excel/WPS 打开文件时留下的临时锁定文件，已跳过。 [W-FILE-SKIPPED]"))
        #expect(lines.contains(
            "inputs/2023/activities/校医院分工会.et:0:0: 错误: 这是 WPS 表格专用格式（.et），本工具无法读取。请在 WPS 中“另存为 → Excel 工作簿（.xlsx）”后再提交。 [E-FILE-FORMAT]"))
        #expect(lines.contains(
            "inputs/2023/activities/旧版:0:0: 警告: activities 中的子目录“旧版”未读取：台账请直接放在 activities 目录中。 [W-FILE-SKIPPED]"))
        #expect(lines.contains { $0.hasPrefix("inputs/2023/填报说明.docx:0:0: 警告: 输入目录中有不认识的文件“填报说明.docx”，未读取。") })
        #expect(lines.contains(
            "inputs/2023/unions.xlsx:0:0: 错误: 输入目录中同时有 unions.csv 和 unions.xlsx（都是参评二级工会名单），只读取了 unions.csv，本文件未读取。请删除不用的那一份。 [E-FILE-AMBIGUOUS]"))
        // A ledger handed in unreadable is not a missing one: 校医院 gets no W-LEDGER-MISSING.
        #expect(!lines.contains { $0.contains("[W-LEDGER-MISSING]") })
    }

    @Test func aYearOfWorkbooksNeedsNoCSVAtAll() throws {
        let folder = try CommandLineRunner.workspace()
        let result = try CommandLineRunner.run(["validate", "--inputs", "inputs/2023-excel"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.hasSuffix("检查完成：错误 2 个，警告 20 个；读取 1630 行 = 使用 1503 行 + 报告问题 4 行 + 标题、合计、签名等版式行 123 行。\n"))
    }
}
