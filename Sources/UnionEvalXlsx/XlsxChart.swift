import CXlsxWriter
import UnionEvalCore

/// Adds a `ReportChart` to a worksheet through libxlsxwriter's charts: the workbook owns every chart
/// it creates (freed when it closes), so this type only builds one and inserts it. libxlsxwriter 1.1.4
/// cannot combine a line with bars, so one chart holds series of one kind.
enum XlsxChart {
    static func insert(
        _ chart: ReportChart, into worksheet: XlsxWorksheet, sheetName: String, headerRow: Int, row: Int, workbook: XlsxWorkbook
    ) throws {
        let kind = chart.series.first?.kind ?? .column
        let type = switch kind {
        case .column: LXW_CHART_COLUMN
        case .bar: LXW_CHART_BAR
        case .line: LXW_CHART_LINE
        }
        let handle = try workbook.addChart(type: UInt8(type.rawValue))
        let firstRow = headerRow + 1 + chart.rows.lowerBound
        let lastRow = headerRow + chart.rows.upperBound
        let quoted = "'\(sheetName.replacingOccurrences(of: "'", with: "''"))'"
        func range(_ column: Int) -> String {
            let letters = CellReference.columnLetters(column)
            return "=\(quoted)!$\(letters)$\(firstRow + 1):$\(letters)$\(lastRow + 1)"
        }
        for series in chart.series {
            guard let added = range(chart.categoryColumn).withCString({ categories in
                range(series.column).withCString { values in chart_add_series(handle, categories, values) }
            }) else {
                throw XlsxError(operation: "添加图表数据系列“\(series.name)”", message: "libxlsxwriter 返回空指针")
            }
            series.name.withCString { chart_series_set_name(added, $0) }
            var fill = lxw_chart_fill(color: lxw_color_t(series.color), none: 0, transparency: 0)
            var line = lxw_chart_line(color: lxw_color_t(series.color), none: 0, width: 2.25, dash_type: 0, transparency: 0)
            if kind == .line { chart_series_set_line(added, &line) } else { chart_series_set_fill(added, &fill) }
            if let colors = series.pointColors { try setPointColors(colors, of: added) }
        }
        chart.title.withCString { chart_title_set_name(handle, $0) }
        // libxlsxwriter's x axis is a bar chart's value axis and a column chart's category axis.
        let valueAxis = kind == .bar ? handle.pointee.x_axis : handle.pointee.y_axis
        chart.valueAxisTitle.withCString { chart_axis_set_name(valueAxis, $0) }
        chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        // Labels at a size of their own: a reader's default shrinks crowded category labels below legibility.
        var labels = lxw_chart_font()
        labels.size = 10
        chart_axis_set_num_font(handle.pointee.x_axis, &labels)
        chart_axis_set_num_font(handle.pointee.y_axis, &labels)
        // Level, not turned on its side: every printed word reads the same way up.
        var axisTitle = lxw_chart_font()
        axisTitle.size = 10
        axisTitle.rotation = 360
        chart_axis_set_name_font(valueAxis, &axisTitle)
        // The first row on top, as in the table above it (libxlsxwriter's y axis is a bar chart's category axis).
        if kind == .bar { chart_axis_set_reverse(handle.pointee.y_axis) }
        try worksheet.insertChart(handle, row: row, column: 0, width: chart.width, height: chart.height)
    }

    /// One fill per point; libxlsxwriter copies them before this returns.
    private static func setPointColors(_ colors: [Int], of series: UnsafeMutablePointer<lxw_chart_series>) throws {
        var fills = colors.map { lxw_chart_fill(color: lxw_color_t($0), none: 0, transparency: 0) }
        try fills.withUnsafeMutableBufferPointer { fillBuffer in
            var points = fillBuffer.indices.map { lxw_chart_point(line: nil, fill: fillBuffer.baseAddress! + $0, pattern: nil) }
            try points.withUnsafeMutableBufferPointer { pointBuffer in
                var list: [UnsafeMutablePointer<lxw_chart_point>?] = pointBuffer.indices.map { pointBuffer.baseAddress! + $0 }
                list.append(nil)
                try XlsxError.check(chart_series_set_points(series, &list), "设置图表数据点颜色")
            }
        }
    }
}
