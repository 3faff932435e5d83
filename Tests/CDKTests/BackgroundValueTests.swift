import Dispatch
import Testing
@testable import CDK

/// Values computed in the background while synthesis goes on.
@Suite struct BackgroundValueTests {
    @Test func aValueIsComputedInTheBackground() {
        let started = DispatchSemaphore(value: 0)
        let value = BackgroundValue { () -> Int in
            started.signal()
            return 42
        }
        // The queue starts it without anyone asking for it.
        #expect(started.wait(timeout: .now() + 10) == .success)
        #expect(value.result() == 42)
        #expect(value.result() == 42)
    }

    @Test func aValueNobodyStartedIsComputedByTheThreadThatNeedsIt() {
        // The background queue is serial: while it is busy, a value behind it is computed by
        // the thread that asks for it, instead of waiting.
        let release = DispatchSemaphore(value: 0)
        let busy = BackgroundValue { release.wait(timeout: .now() + 10) == .success }
        let waiting = BackgroundValue { 7 }
        #expect(waiting.result() == 7)
        release.signal()
        #expect(busy.result())
    }

    @Test func aReadyValueNeedsNoWork() {
        #expect(BackgroundValue(ready: "text").result() == "text")
    }
}
