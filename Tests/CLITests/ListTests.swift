@testable import CDKCLI
import Testing

/// `swift-cdk ls`.
@Suite struct ListTests {
    @Test func listsStagesStacksWithEnvironments() throws {
        let result = run(["ls", "--app", Paths.conformance("06-stages-envs")], in: try temporaryDirectory())
        #expect(result.status == 0)
        #expect(result.output == """
            Dev/Shared (Dev-Shared)    aws://111111111111/eu-west-1
            Dev/Worker (Dev-Worker)    aws://111111111111/eu-west-1
            Prod/Shared (Prod-Shared)  aws://222222222222/ap-northeast-1
            Prod/Worker (Prod-Worker)  aws://222222222222/ap-northeast-1

            """)
    }

    @Test func putsDependenciesFirst() throws {
        let result = run(["list", "--app", Paths.conformance("02-cross-stack-grants")], in: try temporaryDirectory())
        let lines = result.output.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(lines == ["Storage", "Compute"])
    }

    @Test func longShowsDetailsAndPatternsSelect() throws {
        let result = run(["ls", "--long", "--app", Paths.conformance("06-stages-envs"), "Prod/*"], in: try temporaryDirectory())
        #expect(result.status == 0)
        #expect(!result.output.contains("Dev-"))
        #expect(result.output.contains("- id: Prod/Worker (Prod-Worker)\n  name: Prod-Worker\n  environment:\n    account: \"222222222222\""))
        #expect(result.output.contains("  dependencies:\n  - Prod/Shared"))
    }

    @Test func globs() {
        #expect(StackSelector.glob("Prod/*", "Prod/Api"))
        #expect(!StackSelector.glob("Prod/*", "Prod/Api/Inner"))
        #expect(StackSelector.glob("**", "Prod/Api/Inner"))
        #expect(StackSelector.glob("?ev*", "Dev-Shared"))
    }
}
