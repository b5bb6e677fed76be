import CFreeXL
import UnionEvalCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one owner of a FreeXL handle: opened in `init`, closed exactly once in `deinit`, before the file
/// it reads from is removed. FreeXL reads `.xls` (BIFF 2–8, Excel 97–2003 and WPS's compatible format)
/// only from a path, so the bytes are written to a `PrivateTemporaryFile` first.
final class FreeXLWorkbook {
    private var handle: UnsafeRawPointer?
    /// The file FreeXL reads from, kept while the handle is open.
    private let file: PrivateTemporaryFile

    init(_ bytes: [UInt8]) throws(WorkbookProblem) {
        file = try PrivateTemporaryFile(bytes)
        var opened: UnsafeRawPointer? = nil
        let status = freexl_open(file.path, &opened)
        handle = opened
        guard status == FREEXL_OK, handle != nil else { throw .damaged("FreeXL 无法打开，错误 \(status)") }
        if try info(FREEXL_BIFF_PASSWORD) != FREEXL_BIFF_PLAIN { throw .encrypted }
    }

    deinit {
        if let handle { freexl_close(handle) }
    }

    func info(_ what: Int32) throws(WorkbookProblem) -> UInt32 {
        var value: UInt32 = 0
        guard freexl_get_info(handle, UInt16(what), &value) == FREEXL_OK else { throw .damaged("FreeXL 无法读取文件信息") }
        return value
    }

    var sheetCount: Int { (try? info(FREEXL_BIFF_SHEET_COUNT)).map(Int.init) ?? 0 }

    func sheetName(_ index: Int) -> String {
        var name: UnsafePointer<CChar>? = nil
        guard freexl_get_worksheet_name(handle, UInt16(index), &name) == FREEXL_OK, let name else { return "Sheet\(index + 1)" }
        return String(cString: name)
    }

    /// Reads one worksheet's cells; dates come as `YYYY-MM-DD`, date-times with their time after a space.
    func grid(ofSheet index: Int) throws(WorkbookProblem) -> SheetGrid {
        guard freexl_select_active_worksheet(handle, UInt16(index)) == FREEXL_OK else { throw .damaged("无法选择工作表") }
        var rows: UInt32 = 0
        var columns: UInt16 = 0
        guard freexl_worksheet_dimensions(handle, &rows, &columns) == FREEXL_OK else { throw .damaged("无法读取工作表大小") }
        var grid = SheetGrid()
        for row in 0..<rows {
            var started = false
            for column in 0..<columns {
                var cell = FreeXL_CellValue()
                guard freexl_get_cell_value(handle, row, column, &cell) == FREEXL_OK else { throw .damaged("无法读取单元格") }
                let text: String
                switch Int32(cell.type) {
                case FREEXL_CELL_INT: text = String(cell.value.int_value)
                case FREEXL_CELL_DOUBLE: text = ExcelNumber.text(cell.value.double_value)
                case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT, FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
                    guard let pointer = cell.value.text_value else { continue }
                    text = String(cString: pointer)
                default: continue
                }
                if text.isEmpty { continue }
                if !started {
                    grid.startRow(Int(row) + 1)
                    started = true
                }
                grid.setCell(column: Int(column) + 1, text)
            }
        }
        return grid
    }
}

/// Reads `.xls` workbooks through FreeXL. FreeXL does not report merged ranges or hidden sheets and
/// rows: in an `.xls`, a merged cell's value is in its first row only (the rows below read as empty
/// there and are reported if the column is required); the README says to save as .xlsx for that.
public struct XlsWorkbookReader: WorkbookReading {
    public init() {}

    public func read(_ bytes: [UInt8], path: String) throws(WorkbookProblem) -> Workbook {
        if Self.isEncryptedOfficeFile(bytes) { throw .encrypted }
        let workbook = try FreeXLWorkbook(bytes)
        var sheets: [Workbook.Sheet] = []
        for index in 0..<workbook.sheetCount {
            sheets.append(Workbook.Sheet(name: workbook.sheetName(index), isHidden: false, grid: try workbook.grid(ofSheet: index)))
        }
        return Workbook(sheets: sheets, formatName: "xls")
    }

    /// An OLE container holding an `EncryptionInfo` stream is an encrypted xlsx (Office's "password to
    /// open"): its directory names the stream in UTF-16.
    static func isEncryptedOfficeFile(_ bytes: [UInt8]) -> Bool {
        let name = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        guard bytes.count >= name.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index + name.count <= buffer.count {
                guard let found = memchr(buffer.baseAddress! + index, Int32(name[0]), buffer.count - index - name.count + 1) else { return false }
                let offset = UnsafeRawPointer(found) - UnsafeRawPointer(buffer.baseAddress!)
                if memcmp(buffer.baseAddress! + offset, name, name.count) == 0 { return true }
                index = offset + 1
            }
            return false
        }
    }
}
