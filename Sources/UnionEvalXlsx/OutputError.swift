import Foundation

/// An output file could not be written.
public struct OutputError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// The library error behind it, when there is one.
    public var underlying: (any Error)?

    public init(path: String, reason: String, underlying: (any Error)? = nil) {
        self.path = path
        self.reason = reason
        self.underlying = underlying
    }

    public var description: String {
        "无法写入 \(path)：\(reason)。原有文件未被改动；请检查输出目录是否可写、磁盘空间是否充足。"
    }
}
