/// Per-file bookkeeping behind the invariant rows read = rows used + rows rejected.
public struct FileAccounting: Sendable, Codable, Hashable {
    public var path: String
    public var role: String
    public var encoding: TextEncoding?
    public var sha256: String
    public var rowsRead: Int = 0
    public var rowsUsed: Int = 0
    public var rowsRejected: Int = 0

    public init(path: String, role: String, encoding: TextEncoding?, sha256: String) {
        self.path = path
        self.role = role
        self.encoding = encoding
        self.sha256 = sha256
    }

    public var balances: Bool { rowsRead == rowsUsed + rowsRejected }

    mutating func record(_ disposition: RowDisposition) {
        rowsRead += 1
        switch disposition {
        case .used: rowsUsed += 1
        case .rejected: rowsRejected += 1
        }
    }
}
