/// Column sets of the input contract (shared/spec/input-format.md).
public enum Schemas {
    public static let unions = CSVSchema([
        .init("二级工会", aliases: ["分工会", "单位"], required: true), .init("编码"), .init("会员人数"), .init("主席"),
    ])
    public static let members = CSVSchema([
        .init("工号", required: true), .init("姓名", required: true), .init("二级工会", aliases: ["分工会"], required: true),
        .init("会员"), .init("性别"), .init("工会职务"), .init("入会日期"),
    ])
    public static let activities = CSVSchema([
        .init("二级工会", aliases: ["分工会"]), .init("日期", aliases: ["活动日期"], required: true),
        .init("活动名称", required: true), .init("类别", aliases: ["活动类别"], required: true), .init("级别"),
        .init("参与人数"), .init("组织者工号"), .init("参与者工号"), .init("成果"), .init("备注"),
    ])
    public static let adjustments = CSVSchema([
        .init("二级工会", required: true), .init("类型", required: true), .init("分值"), .init("事由", required: true),
    ])
    public static let reviews = CSVSchema([
        .init("二级工会", required: true), .init("指标", required: true), .init("得分", required: true),
        .init("评委"), .init("说明"),
    ])
    public static let exclusions = CSVSchema([.init("工号", required: true), .init("原因", required: true)])
}
