/// What became of a data row: every row read is either used or rejected with a diagnostic.
public enum RowDisposition: Sendable {
    case used
    case rejected
}
