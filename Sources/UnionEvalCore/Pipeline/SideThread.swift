import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work on a thread of its own at a lower scheduling priority: output written beside the evaluation
/// workbook, whose writer is what a run waits for. With three threads on two cores the scheduler
/// would otherwise share the writer's core; with this one weighed lower, the writer keeps a core and
/// the side work takes what the row preparation leaves of the other.
public final class SideThread<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    /// Orders the write of `result` on the side thread before its read in `value()`.
    private let done = DispatchSemaphore(value: 0)

    /// The work, dropped once done: a finished Foundation thread may outlive it, and what the work
    /// holds (staged outputs, the member ID lists) should not.
    private var work: (@Sendable () throws -> Value)?

    public init(niceness: Int32 = 10, _ work: @escaping @Sendable () throws -> Value) {
        self.work = work
        let thread = Thread { [self] in
            // Linux keeps a niceness per thread, and 0 names the calling one. Lowering it needs no
            // privilege; if it fails anyway, the work simply runs at normal priority.
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
            let work = self.work.take()!
            result = Result { try work() }
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work and returns its value or throws its error.
    public func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
