/// How a list is put up for public notice (公示): for how many working days, from when, and whom to
/// contact with an objection.
public struct Publicity: Sendable, Hashable {
    public var days: Int
    public var start: CalendarDate?
    public var contact: String

    public init(days: Int = 5, start: CalendarDate? = nil, contact: String = "") {
        self.days = days
        self.start = start
        self.contact = contact
    }

    /// The lines below a notice's list: what is announced, the period, how to object, the contact.
    public func noteLines(announcing what: String) -> [String] {
        var notes = [what]
        if let start {
            let end = start.addingWorkingDays(days)
            notes.append("公示期：\(start.chineseDescription)至\(end.chineseDescription)（\(days)个工作日）。")
        } else {
            notes.append("公示期：\(days)个工作日。")
        }
        notes.append("公示期内如有异议，请以书面或当面方式向校工会反映。")
        if !contact.isEmpty { notes.append("联系方式：\(contact)") }
        return notes
    }
}
