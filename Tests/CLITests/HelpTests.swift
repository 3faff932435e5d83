@testable import CDKCLI
import Testing

/// `--help` everywhere, and argument errors.
@Suite struct HelpTests {
    @Test(arguments: [[], ["synth"], ["ls"], ["diff"], ["graph"], ["deploy"], ["destroy"], ["context"], ["acknowledge"], ["doctor"], ["init"]])
    func helpForEveryCommand(_ command: [String]) throws {
        let result = run(command + ["--help"], in: try temporaryDirectory())
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: swift-cdk"))
    }

    @Test func unknownOptionsAreErrors() throws {
        let result = run(["synth", "--frobnicate"], in: try temporaryDirectory())
        #expect(result.status != 0)
        #expect(result.error.contains("Unknown option '--frobnicate'"))
    }
}
