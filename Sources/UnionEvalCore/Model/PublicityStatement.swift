/// What a list says once its 公示 is over, from the objections raised against it: 公示期满，无异议, all
/// found groundless, or how many were upheld and who came off the list.
enum PublicityStatement {
    /// `subject` names the list ("" for the activists', 先进基层工会 for the units'); `removed` are those
    /// taken off it, `removal` the words for that.
    static func text(subject: String, objections: [Objection], removed: [String], removal: String) -> String {
        let count = objections.count
        let upheld = objections.count(where: \.upheld)
        guard count > 0 else { return "\(subject)公示期满，无异议。" }
        guard upheld > 0 else { return "\(subject)公示期满，收到异议 \(count) 件，经核实均不成立。" }
        var text = "\(subject)公示期满，收到异议 \(count) 件：成立 \(upheld) 件"
        if !removed.isEmpty { text += "，\(removal) \(removed.joined(separator: "、"))" }
        if count > upheld { text += "；不成立 \(count - upheld) 件" }
        return text + "。"
    }
}
