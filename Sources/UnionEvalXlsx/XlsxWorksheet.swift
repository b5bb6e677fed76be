import CXlsxWriter
import UnionEvalCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A worksheet of an open workbook. It keeps the workbook alive; the workbook owns the C memory,
/// so every call first checks that the workbook is still open (after close the pointer is freed).
public struct XlsxWorksheet {
    private let pointer: UnsafeMutablePointer<lxw_worksheet>
    let workbook: XlsxWorkbook

    init(handle: UnsafeMutablePointer<lxw_worksheet>, workbook: XlsxWorkbook) {
        self.pointer = handle
        self.workbook = workbook
    }

    private var handle: UnsafeMutablePointer<lxw_worksheet> {
        get throws {
            _ = try workbook.requireOpen("写入工作表")
            return pointer
        }
    }

    public func writeString(row: Int, column: Int, _ text: String, format: XlsxFormat? = nil) throws {
        // Through `withCString`: passing the String itself copies a short string into a new array per
        // call, and a large sheet has millions of short cells.
        try text.withCString { try writeString(row: row, column: column, cString: $0, format: format) }
    }

    /// Text already laid out as NUL-terminated UTF-8 (a prepared chunk's buffer).
    func writeString(row: Int, column: Int, cString: UnsafePointer<CChar>, format: XlsxFormat? = nil) throws {
        try XlsxError.check(
            worksheet_write_string(try handle, lxw_row_t(row), lxw_col_t(column), cString, format?.handle),
            "写入单元格 \(row + 1) 行 \(column + 1) 列")
    }

    public func writeNumber(row: Int, column: Int, _ value: Double, format: XlsxFormat? = nil) throws {
        try XlsxError.check(
            worksheet_write_number(try handle, lxw_row_t(row), lxw_col_t(column), value, format?.handle),
            "写入单元格 \(row + 1) 行 \(column + 1) 列")
    }

    /// A formula with its cached result, so readers that do not recalculate still show the value.
    public func writeFormula(row: Int, column: Int, _ formula: String, cached: Double, format: XlsxFormat? = nil) throws {
        try formula.withCString { try writeFormula(row: row, column: column, cString: $0, cached: cached, format: format) }
    }

    func writeFormula(row: Int, column: Int, cString: UnsafePointer<CChar>, cached: Double, format: XlsxFormat? = nil) throws {
        try XlsxError.check(
            worksheet_write_formula_num(try handle, lxw_row_t(row), lxw_col_t(column), cString, format?.handle, cached),
            "写入公式 \(row + 1) 行 \(column + 1) 列")
    }

    public func setColumnWidth(_ column: Int, _ width: Double, format: XlsxFormat? = nil) throws {
        try XlsxError.check(
            worksheet_set_column(try handle, lxw_col_t(column), lxw_col_t(column), width, format?.handle), "设置列宽")
    }

    public func setRowHeight(_ row: Int, _ height: Double, format: XlsxFormat? = nil) throws {
        try XlsxError.check(worksheet_set_row(try handle, lxw_row_t(row), height, format?.handle), "设置行高")
    }

    /// One row's cells from `firstColumn` to `lastColumn` as one; a single cell is written as it is, since
    /// libxlsxwriter refuses to merge a cell with itself (a one-column sheet's title line).
    public func mergeRange(row: Int, firstColumn: Int, lastColumn: Int, _ text: String, format: XlsxFormat? = nil) throws {
        try merge(firstRow: row, lastRow: row, firstColumn: firstColumn, lastColumn: lastColumn, text, format: format)
    }

    /// A block of cells, possibly across rows, as one box of a form; a single cell is written as it is.
    public func merge(firstRow: Int, lastRow: Int, firstColumn: Int, lastColumn: Int, _ text: String, format: XlsxFormat? = nil) throws {
        guard lastRow > firstRow || lastColumn > firstColumn else {
            try writeString(row: firstRow, column: firstColumn, text, format: format)
            return
        }
        try XlsxError.check(
            worksheet_merge_range(
                try handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn), text, format?.handle),
            "合并单元格 \(firstRow + 1)–\(lastRow + 1) 行")
    }

    /// A form's printing: A4 portrait, the whole form scaled to one page, centred, with narrow margins.
    public func setUpFormPrinting(lastRow: Int, lastColumn: Int) throws {
        let handle = try handle
        worksheet_set_portrait(handle)
        worksheet_set_paper(handle, 9)
        worksheet_center_horizontally(handle)
        worksheet_set_margins(handle, 0.6, 0.6, 0.6, 0.6)
        worksheet_fit_to_pages(handle, 1, 1)
        try XlsxError.check(worksheet_print_area(handle, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)), "设置打印区域")
    }

    /// Hides the sheet (its tab), e.g. a template's lists for its drop-downs.
    public func hide() throws {
        worksheet_hide(try handle)
    }

    /// Checks what may be typed into `column` from `firstRow` to `lastRow`, with the hint shown on entry.
    public func validate(_ validation: CellValidation, firstRow: Int, lastRow: Int) throws {
        var rule = lxw_data_validation()
        let on = UInt8(LXW_VALIDATION_ON.rawValue)
        rule.ignore_blank = on
        rule.show_input = on
        rule.show_error = on
        rule.error_type = UInt8((validation.refusesOthers ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_WARNING).rawValue)
        var owned: [UnsafeMutablePointer<CChar>] = []
        defer { owned.forEach { free($0) } }
        func text(_ value: String) -> UnsafeMutablePointer<CChar> {
            let copy = strdup(value)!
            owned.append(copy)
            return copy
        }
        switch validation.rule {
        case .list(let sheet, let column, let rows):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            let letters = CellReference.columnLetters(column)
            let quoted = "'\(sheet.replacingOccurrences(of: "'", with: "''"))'"
            rule.value_formula = text("=\(quoted)!$\(letters)$\(rows.lowerBound + 1):$\(letters)$\(rows.upperBound + 1)")
            rule.dropdown = on
        case .date(let from, let through):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_datetime = lxw_datetime(year: Int32(from.year), month: Int32(from.month), day: Int32(from.day), hour: 0, min: 0, sec: 0)
            rule.maximum_datetime = lxw_datetime(
                year: Int32(through.year), month: Int32(through.month), day: Int32(through.day), hour: 0, min: 0, sec: 0)
        case .wholeNumber(let minimum):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            rule.value_number = Double(minimum)
        case .decimal(let minimum):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            rule.value_number = minimum
        case .any:
            rule.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        }
        // Excel keeps 32 characters of a title and 255 of a message; libxlsxwriter refuses longer ones.
        rule.input_title = text(String(validation.title.prefix(32)))
        rule.input_message = text(String(validation.message.prefix(255)))
        rule.error_title = text(String(validation.title.prefix(32)))
        rule.error_message = text(String(validation.message.prefix(255)))
        try XlsxError.check(
            worksheet_data_validation_range(
                try handle, lxw_row_t(firstRow), lxw_col_t(validation.column), lxw_row_t(lastRow), lxw_col_t(validation.column), &rule),
            "设置第 \(validation.column + 1) 列的填写检查")
    }

    /// Keeps rows above and including `headerRow` in view while scrolling.
    public func freezeRows(through headerRow: Int) throws {
        worksheet_freeze_panes(try handle, lxw_row_t(headerRow + 1), 0)
    }

    public func autofilter(headerRow: Int, lastRow: Int, lastColumn: Int) throws {
        try XlsxError.check(
            worksheet_autofilter(try handle, lxw_row_t(headerRow), 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)), "设置筛选")
    }

    /// A4, fit to one page wide, header row repeated on each printed page, "第 x 页 共 y 页" footer.
    func insertChart(_ chart: UnsafeMutablePointer<lxw_chart>, row: Int, column: Int, width: Int, height: Int) throws {
        // Scaled from libxlsxwriter's default 480 × 288 pixels.
        var options = lxw_chart_options(
            x_offset: 0, y_offset: 0, x_scale: Double(width) / 480, y_scale: Double(height) / 288, object_position: 0,
            description: nil, decorative: 0)
        try XlsxError.check(
            worksheet_insert_chart_opt(try handle, lxw_row_t(row), lxw_col_t(column), chart, &options), "插入图表")
    }

    /// A4, the title in the page header and the caption and page numbers in the footer of every page, the
    /// table's header row repeated. Printed are the rows from the header down to `lastRow`: the title
    /// rows above it are for the screen (merged across the table, they would be cut on pages printed across).
    public func setUpPrinting(_ setup: PrintSetup) throws {
        let handle = try handle
        if setup.landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        worksheet_center_horizontally(handle)
        worksheet_set_paper(handle, 9)
        if let pages = setup.pagesTall {
            worksheet_fit_to_pages(handle, 1, UInt16(pages))
            let margins = PrintSetup.fittedMargins
            worksheet_set_margins(handle, margins.left, margins.right, margins.top, margins.bottom)
        } else if setup.onePageWide {
            worksheet_fit_to_pages(handle, 1, 0)
        }
        try XlsxError.check(
            worksheet_print_area(
                handle, lxw_row_t(setup.headerRow), 0, lxw_row_t(max(setup.lastRow, setup.headerRow)), lxw_col_t(setup.lastColumn)),
            "设置打印区域")
        if setup.repeatedColumns > 0 {
            try XlsxError.check(worksheet_repeat_columns(handle, 0, lxw_col_t(setup.repeatedColumns - 1)), "设置打印标题列")
        }
        try XlsxError.check(worksheet_repeat_rows(handle, lxw_row_t(setup.headerRow), lxw_row_t(setup.headerRow)), "设置打印标题行")
        var options = lxw_header_footer_options()
        options.margin = setup.pagesTall != nil ? PrintSetup.fittedMargins.headerFooter : 0.3
        if let header = setup.pageHeader {
            try XlsxError.check(worksheet_set_header_opt(handle, header, &options), "设置页眉")
        }
        try XlsxError.check(worksheet_set_footer_opt(handle, setup.pageFooter, &options), "设置页脚")
    }
}
