import Foundation
import UnionEvalCore
import ZIPFoundation

/// The zip container of an xlsx file, with bounds on what a part may inflate to: a crafted file must
/// not fill memory (a zip bomb) before anyone sees an error. Read from a `PrivateTemporaryFile`, never
/// from memory (see there why).
struct XlsxPackage {
    /// A part larger than this is not a ledger an office typed: about 20 times the XML of 100,000 records.
    static let partLimit = 1 << 30
    /// Parts inflating more than this many times their compressed size (beyond the first megabyte)
    /// are refused; the sheet XML of real workbooks inflates 5 to 40 times.
    static let ratioLimit = 400

    private let archive: Archive
    /// The archive reads from this file for as long as the package lives.
    private let file: PrivateTemporaryFile

    init(_ bytes: [UInt8]) throws(WorkbookProblem) {
        file = try PrivateTemporaryFile(bytes)
        do {
            archive = try Archive(url: URL(fileURLWithPath: file.path), accessMode: .read)
        } catch {
            throw .damaged("不是完整的 zip 压缩包，可能下载或复制时被截断")
        }
    }

    /// A part's bytes, or nil when the package lacks it.
    func part(_ path: String) throws(WorkbookProblem) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { throw .damaged("“\(path)”不是文件") }
        let declared = entry.uncompressedSize
        let compressed = max(entry.compressedSize, 1)
        let limitText = "\(Self.partLimit >> 20) MB 或压缩比 \(Self.ratioLimit):1"
        if declared > UInt64(Self.partLimit) { throw .tooLarge(part: path, limit: limitText) }
        let ratioBound = UInt64(Self.ratioLimit) * compressed + (1 << 20)
        var output: [UInt8] = []
        output.reserveCapacity(Int(min(declared, ratioBound)))
        var checksum = PartChecksum()
        do {
            // The declared size may lie: the bounds are checked on what really comes out.
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true) { chunk in
                if output.count + chunk.count > Self.partLimit || UInt64(output.count + chunk.count) > ratioBound {
                    throw PartTooLarge()
                }
                chunk.withUnsafeBytes { checksum.update($0) }
                output.append(contentsOf: chunk)
            }
        } catch is PartTooLarge {
            throw .tooLarge(part: path, limit: limitText)
        } catch {
            throw .damaged("“\(path)”无法解压")
        }
        guard checksum.value == entry.checksum else { throw .damaged("“\(path)”的校验值不符，文件在传输中损坏") }
        return output
    }

    private struct PartTooLarge: Error {}
}
