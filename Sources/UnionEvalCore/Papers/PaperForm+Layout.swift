/// The parts every approval form has, on the eight-column grid: the heading, the fields in label and
/// value boxes, a drafted text, the opinion boxes with signature and date lines, and a note.
extension PaperForm {
    /// Eight columns that print one A4 page wide at full size (67 character units fit across portrait A4
    /// in LibreOffice at 100 %, see `SheetLayout`).
    static let approvalColumns: [Double] = [8, 10, 7, 9, 8, 9, 7, 9]

    /// Tallest a form may be, in points, for one A4 page scaled no smaller than 80 %: its 10-point note
    /// then prints at 8 points or more (about 756 points fit at full size within the margins).
    static let tallestApproval = 940.0

    struct Field {
        var label: String
        var value: String
        /// Takes two of a row's four slots (a unit's name).
        var wide = false
        /// Begins a row of its own (the figures, kept together).
        var startsRow = false
    }

    static func approval(name: String, title: String, sender: String, date: String) -> PaperForm {
        var form = PaperForm(name: name, columnWidths: approvalColumns)
        form.place(.init(row: 0, column: 0, columnSpan: 8, text: title, style: .title))
        form.rowHeights[0] = 36
        form.place(.init(row: 1, column: 0, columnSpan: 5, text: sender, style: .caption))
        form.place(.init(row: 1, column: 5, columnSpan: 3, text: "填表日期：\(date)", style: .caption))
        return form
    }

    /// Four label–value pairs a row from `row`; returns the next free row.
    mutating func placeFields(_ fields: [Field], from row: Int) -> Int {
        var row = row
        var slot = 0
        for field in fields {
            let slots = field.wide ? 2 : 1
            if slot + slots > 4 || (field.startsRow && slot > 0) {
                closeRow(row, from: slot)
                row += 1
                slot = 0
            }
            place(.init(row: row, column: slot * 2, text: field.label, style: .label))
            place(.init(row: row, column: slot * 2 + 1, columnSpan: slots * 2 - 1, text: field.value, style: .value))
            slot += slots
        }
        guard slot > 0 else { return row }
        closeRow(row, from: slot)
        return row + 1
    }

    /// A row's slots from `slot` on stay bordered boxes, as on a printed form.
    private mutating func closeRow(_ row: Int, from slot: Int) {
        guard slot > 0 else { return }
        for empty in slot..<4 { place(.init(row: row, column: empty * 2, columnSpan: 2, text: "", style: .value)) }
    }

    /// The drafted text beside its label, with its length and whether it is short; tall enough to edit
    /// in by hand and to fill the page as printed forms do.
    mutating func placeText(_ label: String, _ drafted: DraftedText, at row: Int) -> Int {
        let short = drafted.isShort ? "\n（记录不足，未补写）" : ""
        place(.init(row: row, column: 0, text: "\(label)\n（\(drafted.text.count)字）\(short)", style: .label))
        place(.init(row: row, column: 1, columnSpan: 7, text: drafted.text, style: .text))
        rowHeights[row] = max(rowHeights[row] ?? 0, 260)
        return row + 1
    }

    /// The opinion boxes share what is left of the page: roomy under a short text, never too small to sign.
    mutating func placeOpinions(_ labels: [String], from row: Int) -> Int {
        var row = row
        let room = (Self.tallestApproval - height - 30) / Double(max(labels.count, 1))
        for label in labels {
            place(.init(row: row, column: 0, text: label, style: .label))
            place(.init(row: row, column: 1, columnSpan: 7, text: Self.signatureBox, style: .signature))
            rowHeights[row] = min(max(room, 90), 130)
            row += 1
        }
        return row
    }

    mutating func placeNote(_ text: String, at row: Int) {
        place(.init(row: row, column: 0, columnSpan: 8, text: text, style: .note))
    }

    /// Room for the opinion, then the signature, seal and date lines.
    static let signatureBox = "\n\n\n\n　　　　　　　　　　　　　　　负责人签字：　　　　　　（盖章）\n　　　　　　　　　　　　　　　　　　　　　　　　年　　月　　日"
}
