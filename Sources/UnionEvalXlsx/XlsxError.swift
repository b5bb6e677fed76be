import CXlsxWriter

/// A libxlsxwriter failure, mapped from `lxw_error` or a NULL return, with a Chinese explanation.
public struct XlsxError: Error, CustomStringConvertible, Sendable {
    public var code: Int
    public var operation: String
    public var libraryMessage: String

    init(_ error: lxw_error, operation: String) {
        self.code = Int(error.rawValue)
        self.operation = operation
        self.libraryMessage = String(cString: lxw_strerror(error))
    }

    init(operation: String, message: String) {
        self.code = -1
        self.operation = operation
        self.libraryMessage = message
    }

    public var description: String { "写入 Excel 失败（\(operation)）：\(libraryMessage)" }

    /// Turns a non-success `lxw_error` into a thrown error.
    static func check(_ error: lxw_error, _ operation: @autoclosure () -> String) throws {
        if error != LXW_NO_ERROR { throw XlsxError(error, operation: operation()) }
    }
}
