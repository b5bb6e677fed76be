/// Column sets of the input contract (shared/spec/input-format.md), with the wordings offices really
/// use for them. The criteria file's `columns` can add more (`TableSchema.addingAliases`).
public enum Schemas {
    public static let unions = TableSchema([
        .init("二级工会", aliases: ["分工会", "单位", "单位名称", "二级工会名称", "工会名称", "基层工会"], required: true),
        .init("编码", aliases: ["单位编码", "代码", "编号"]), .init("会员人数", aliases: ["会员数", "人数"]),
        .init("主席", aliases: ["工会主席", "分工会主席"]),
        .init("提交日期", aliases: ["台账提交日期", "报送日期", "提交时间"]),
        .init("类别", aliases: ["单位类别", "单位类型"]),
        .init("组别", aliases: ["分组", "单位组别", "参评组别"]),
    ])
    /// Columns of unions.csv that describe a unit for the award's composition limits (`award.composition`).
    public static let unionAttributeColumns = ["类别"]
    public static let members = TableSchema([
        .init("工号", aliases: ["职工号", "教工号", "人员编号", "工作证号"], required: true),
        .init("姓名", required: true),
        .init("二级工会", aliases: ["分工会", "所在分工会", "所属分工会", "所在工会", "所属工会", "单位", "所在单位"], required: true),
        .init("会员", aliases: ["是否会员", "会员（是/否）"]), .init("性别"), .init("工会职务", aliases: ["职务"]),
        .init("入会日期", aliases: ["入会时间"]),
        .init("缴纳会费", aliases: ["是否缴纳会费", "会费", "交纳会费", "是否交会费"]),
        .init("行政职务", aliases: ["干部级别", "行政级别", "职级"]), .init("岗位类别", aliases: ["岗位类型", "人员类别"]),
        .init("政治面貌"), .init("职称", aliases: ["专业技术职务"]),
    ])
    /// The roster's optional columns about a person's post, shown on their 推荐审批表 when present.
    public static let memberDisplayColumns = ["行政职务", "岗位类别", "政治面貌", "职称"]
    public static let activities = TableSchema([
        .init("二级工会", aliases: ["分工会", "所属分工会", "单位"]),
        .init("日期", aliases: ["活动日期", "活动时间", "时间", "开展时间", "举办时间"], required: true),
        .init("活动名称", aliases: ["活动内容", "活动主题", "活动项目", "名称", "主题"], required: true),
        .init("类别", aliases: ["活动类别", "活动类型", "类型"], required: true),
        .init("级别", aliases: ["活动级别", "层级", "等级"]),
        .init("参与人数", aliases: ["参加人数", "人数", "参与人次", "参加人次"]),
        .init("组织者工号", aliases: ["组织者", "负责人", "组织人", "活动负责人", "组织者姓名"]),
        .init("参与者工号", aliases: ["参与者", "参加人员", "参与人员", "参与人员名单", "参加人员名单", "参加者"]),
        .init("成果", aliases: ["获奖情况", "获奖", "活动成果", "获奖等级"]),
        .init("备注", aliases: ["说明", "佐证材料", "证明材料"]),
        .init("上报日期", aliases: ["录入日期", "填报日期", "上报时间", "报送时间", "录入时间"]),
    ])
    public static let adjustments = TableSchema([
        .init("二级工会", aliases: ["分工会", "单位"], required: true), .init("类型", aliases: ["项目类型"], required: true),
        .init("分值", aliases: ["分数"]), .init("事由", aliases: ["原因", "理由"], required: true),
        .init("指标", aliases: ["考核指标", "不得分指标"]),
    ])
    public static let reviews = TableSchema([
        .init("二级工会", aliases: ["分工会", "单位"], required: true), .init("指标", aliases: ["评分指标", "考核指标"], required: true),
        .init("得分", aliases: ["评分", "分数", "考评分"], required: true), .init("评委", aliases: ["评委姓名", "评审人"]),
        .init("评委单位", aliases: ["互评单位", "评分单位"]), .init("说明", aliases: ["备注"]),
    ])
    public static let occurrences = TableSchema([
        .init("二级工会", aliases: ["分工会", "单位"], required: true), .init("指标", aliases: ["考核指标", "扣分指标"], required: true),
        .init("事项", aliases: ["类型", "扣分事项"]), .init("次数", aliases: ["缺席次数"]), .init("日期", aliases: ["时间"]),
        .init("说明", aliases: ["事由", "备注"]),
    ])
    public static let selfScores = TableSchema([
        .init("二级工会", aliases: ["分工会", "单位"], required: true), .init("指标", aliases: ["考核指标", "评分指标", "项目"], required: true),
        .init("自评分", aliases: ["自评", "自评得分"], required: true), .init("说明", aliases: ["备注", "自评说明"]),
    ])
    public static let exclusions = TableSchema([.init("工号", aliases: ["职工号"], required: true), .init("原因", aliases: ["事由"], required: true)])
    public static let votes = TableSchema([
        .init("评选", aliases: ["评选项目", "项目"], required: true), .init("对象", aliases: ["候选人", "姓名", "工号", "被推荐人"], required: true),
        .init("赞成", aliases: ["赞成票", "同意", "得票"], required: true), .init("反对", aliases: ["反对票", "不同意"]),
        .init("弃权", aliases: ["弃权票"]), .init("应到", aliases: ["应到人数", "应参会人数"]), .init("实到", aliases: ["实到人数", "参会人数"]),
    ])
    public static let objections = TableSchema([
        .init("对象", aliases: ["被反映人", "候选人", "姓名", "工号"], required: true), .init("事由", aliases: ["异议内容", "反映内容", "内容"], required: true),
        .init("结论", aliases: ["核查结论", "处理结果", "是否成立"], required: true), .init("日期", aliases: ["收到日期", "时间"]),
    ])
}
