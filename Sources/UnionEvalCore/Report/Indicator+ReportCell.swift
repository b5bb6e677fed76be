extension Indicator {
    /// The 满分 cell of a report: the maximum, or 不封顶 for an uncapped bonus indicator.
    var maximumCell: ReportCell {
        maximum.isUncapped ? .text("不封顶") : .points(maximum)
    }
}
