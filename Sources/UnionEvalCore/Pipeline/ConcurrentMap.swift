import Dispatch
import Synchronization

/// `map` over a range on all cores, results in input order. Pure work only: no shared mutable state.
enum ConcurrentMap {
    static func map<Result: Sendable>(_ range: Range<Int>, _ transform: @Sendable (Int) -> Result) -> [Result] {
        guard range.count > 1 else { return range.map(transform) }
        let slots = Mutex<[Result?]>(Array(repeating: nil, count: range.count))
        DispatchQueue.concurrentPerform(iterations: range.count) { offset in
            let value = transform(range.lowerBound + offset)
            slots.withLock { $0[offset] = value }
        }
        return slots.withLock { $0.map { $0! } }
    }
}
