import CDK
import Testing

/// Props values: built ahead, changed per environment, with shared option groups read flat.
@Suite struct PropsTests {
    struct Retry: ConstructProps {
        var attempts: Int?
        var maxAge: Duration?
    }

    struct Worker: ConstructProps, ExtendingOptions {
        var name: String
        var memory = 128
        var options = Retry()
    }

    @Test func withChangesACopy() {
        let base = Worker(name: "w")
        let prod = base.with { $0.memory = 1024 }
        #expect(base.memory == 128)
        #expect(prod.memory == 1024)
        #expect(prod.name == "w")
    }

    @Test func membersOfTheSharedGroupReadAndWriteAsTheirOwn() {
        var props = Worker(name: "w")
        props.attempts = 2
        props.maxAge = .minutes(5)
        #expect(props.options.attempts == 2)
        #expect(props.attempts == 2)
        #expect(props.options.maxAge == .minutes(5))
        let changed = props.with { $0.attempts = nil }
        #expect(changed.options.attempts == nil)
        #expect(changed.maxAge == .minutes(5))
    }
}
