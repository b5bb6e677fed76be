import Dispatch

/// Runs `prepare` for the next chunk of rows on another core while the caller writes the current one:
/// libxlsxwriter takes one sheet's rows from one thread, in order, but making the rows' text need not
/// wait for it. At most one chunk is prepared ahead, so memory stays at two chunks.
enum RowPrefetcher {
    /// With `ahead` false, each chunk is prepared on the calling thread just before `body` takes it.
    static func forEachChunk<Chunk: Sendable>(
        count: Int, chunkSize: Int, ahead: Bool = true, prepare: @escaping @Sendable (Range<Int>) -> Chunk,
        body: (Range<Int>, Chunk) throws -> Void
    ) throws {
        let ranges = stride(from: 0, to: count, by: chunkSize).map { $0..<min($0 + chunkSize, count) }
        guard ahead else {
            for range in ranges { try body(range, prepare(range)) }
            return
        }
        guard let first = ranges.first else { return }
        var next = Pending { prepare(first) }
        for (position, range) in ranges.enumerated() {
            let chunk = next.value()
            if position + 1 < ranges.count {
                let following = ranges[position + 1]
                next = Pending { prepare(following) }
            }
            try body(range, chunk)
        }
    }

    /// A value being computed on a global queue; `value()` waits for it. The semaphore orders the
    /// write on the worker before the read here.
    private final class Pending<Value: Sendable>: @unchecked Sendable {
        private var result: Value?
        private let ready = DispatchSemaphore(value: 0)

        init(_ work: @escaping @Sendable () -> Value) {
            DispatchQueue.global().async {
                self.result = work()
                self.ready.signal()
            }
        }

        func value() -> Value {
            ready.wait()
            return result!
        }
    }
}
