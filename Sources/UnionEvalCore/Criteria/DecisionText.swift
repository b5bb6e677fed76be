/// The words of the 表彰决定 draft that are the office's, not the lists' (`award.papers.decision`): who
/// issues it, why the school awards, and what it asks of everyone.
public struct DecisionText: Sendable, Hashable {
    public var issuer = "校工会"
    public var purpose = "为表彰先进、树立典型，进一步激发各二级工会和广大教职工参与工会工作的积极性，"
    public var closing =
        "希望受到表彰的单位和个人珍惜荣誉、再接再厉，充分发挥示范引领作用。各二级工会和广大教职工要以先进为榜样，立足本职、履职尽责，推动学校工会工作再上新台阶。"

    public init() {}
}
