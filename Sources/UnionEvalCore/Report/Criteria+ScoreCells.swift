extension Criteria {
    /// An indicator's line in a unit's own sheet (feedback, progress): 一级指标, 二级指标, 满分, 得分.
    func scoreCells(indicator index: Int, points: Points) -> [ReportCell] {
        let indicator = indicators[index]
        return [.text(dimensions[indicator.dimension].name), .text(indicator.label), indicator.maximumCell, .points(points)]
    }
}
