/// What became of a row: every row read is used, rejected with a diagnostic, or a layout row (a title,
/// a note, a total or a signature line around the table).
public enum RowDisposition: Sendable {
    case used
    case rejected
    case layout
}
