import Dispatch

/// Runs the pure parts of synthesis (turning templates and metadata into text, hashing,
/// saving files) while the synthesizing thread goes on rendering. Serial, so that it takes one
/// core and leaves the other to that thread; when that thread needs a value nobody has started
/// yet, it computes the value itself (see ``BackgroundValue/result()``), so both cores work
/// on the last values.
private let backgroundQueue = DispatchQueue(label: "swift-cdk.synthesis")

/// A value computed on the background queue, or by the first thread that needs it before the
/// queue gets to it, or given right away.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private enum State {
        case pending(@Sendable () -> Value)
        case running
        case done(Value)
    }

    // `state` is read and written under `lock`; `finished` is signalled once it is `.done`.
    private let lock = Lock()
    private var state: State
    private let finished = DispatchSemaphore(value: 0)

    /// Starts computing the value with `work`.
    init(_ work: @escaping @Sendable () -> Value) {
        state = .pending(work)
        backgroundQueue.async { self.computeIfPending() }
    }

    /// A value that is already known.
    init(ready value: Value) {
        state = .done(value)
    }

    /// The value: computed here if no thread has started it, else waited for.
    func result() -> Value {
        computeIfPending()
        if let value = finishedValue() { return value }
        finished.wait()
        finished.signal()
        guard let value = finishedValue() else { preconditionFailure("BackgroundValue signalled before its value was set") }
        return value
    }

    /// Computes the value on this thread, unless another thread has started it.
    private func computeIfPending() {
        lock.lock()
        guard case .pending(let work) = state else {
            lock.unlock()
            return
        }
        state = .running
        lock.unlock()
        let value = work()
        lock.lock()
        state = .done(value)
        lock.unlock()
        finished.signal()
    }

    private func finishedValue() -> Value? {
        lock.lock()
        defer { lock.unlock() }
        if case .done(let value) = state { return value }
        return nil
    }
}
