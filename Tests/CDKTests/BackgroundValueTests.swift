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

    @Test func aReadyValueNeedsNoWork() {
        #expect(BackgroundValue(ready: "text").result() == "text")
    }
}
