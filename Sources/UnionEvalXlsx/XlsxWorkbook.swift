import CXlsxWriter

/// Owns one `lxw_workbook`. The workbook is closed exactly once: by `close()`, or by `deinit`
/// if an error cut the writing short (then the half-written file is the caller's to delete).
public final class XlsxWorkbook {
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    public let path: String

    /// Constant-memory mode streams each row to disk, so rows must be written in order.
    public init(path: String, constantMemory: Bool = true) throws {
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: nil, use_zip64: 0)
        guard let handle = workbook_new_opt(path, &options) else {
            throw XlsxError(operation: "创建工作簿 \(path)", message: "无法创建文件")
        }
        self.handle = handle
        self.path = path
    }

    deinit {
        if let handle { _ = workbook_close(handle) }
    }

    func requireOpen(_ operation: String) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XlsxError(operation: operation, message: "工作簿已关闭") }
        return handle
    }

    public func addWorksheet(named name: String) throws -> XlsxWorksheet {
        let workbook = try requireOpen("添加工作表")
        try XlsxError.check(workbook_validate_sheet_name(workbook, name), "工作表名称“\(name)”")
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw XlsxError(operation: "添加工作表“\(name)”", message: "libxlsxwriter 返回空指针")
        }
        return XlsxWorksheet(handle: sheet, workbook: self)
    }

    public func addFormat(_ style: XlsxCellStyle) throws -> XlsxFormat {
        let workbook = try requireOpen("添加格式")
        guard let format = workbook_add_format(workbook) else {
            throw XlsxError(operation: "添加格式", message: "libxlsxwriter 返回空指针")
        }
        style.apply(to: format)
        return XlsxFormat(handle: format)
    }

    /// The document's title and, when given, its creation time (seconds since 1970, UTC); without one
    /// libxlsxwriter writes the time of writing.
    public func setProperties(title: String, createdAt: Int?) throws {
        let workbook = try requireOpen("设置文档属性")
        try title.withCString { titlePointer in
            var properties = lxw_doc_properties()
            properties.title = UnsafeMutablePointer(mutating: titlePointer)
            if let createdAt { properties.created = time_t(createdAt) }
            try XlsxError.check(workbook_set_properties(workbook, &properties), "设置文档属性")
        }
    }

    /// A new chart, owned by the workbook (freed when it closes).
    func addChart(type: UInt8) throws -> UnsafeMutablePointer<lxw_chart> {
        let workbook = try requireOpen("添加图表")
        guard let chart = workbook_add_chart(workbook, type) else {
            throw XlsxError(operation: "添加图表", message: "libxlsxwriter 返回空指针")
        }
        return chart
    }

    /// Writes the file. After this (even when it throws) the workbook is closed and unusable.
    public func close() throws {
        guard let workbook = handle else { return }
        handle = nil
        try XlsxError.check(workbook_close(workbook), "保存 \(path)")
    }
}
