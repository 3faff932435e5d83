import Dispatch

/// Runs the pure parts of synthesis (turning templates and metadata into text, hashing) while
/// the main thread goes on rendering. Concurrent: when the main thread waits for the last
/// results, they are produced side by side.
private let backgroundQueue = DispatchQueue(label: "swift-cdk.synthesis", attributes: .concurrent)

/// A value computed on the background queue, or given right away.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    // Written once before `done` is signalled (or in `init(ready:)`), read only after waiting.
    private var value: Value?
    private let done: DispatchSemaphore?

    /// Starts computing the value with `work`.
    init(_ work: @escaping @Sendable () -> Value) {
        let done = DispatchSemaphore(value: 0)
        self.done = done
        backgroundQueue.async {
            self.value = work()
            done.signal()
        }
    }

    /// A value that is already known.
    init(ready value: Value) {
        self.value = value
        done = nil
    }

    /// The value, waiting for it if it is not computed yet.
    func result() -> Value {
        if let done {
            done.wait()
            done.signal()
        }
        guard let value else { preconditionFailure("BackgroundValue signalled before its value was set") }
        return value
    }
}
