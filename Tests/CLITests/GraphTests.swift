import CDK
@testable import CDKCLI
import CDKDiff
import Foundation
import Testing

/// `swift-cdk graph`: DOT, Mermaid, and SVG through Graphviz.
@Suite struct GraphTests {
    private let app = Paths.conformance("02-cross-stack-grants")

    @Test func drawsStacksResourcesReferencesAndDependencies() throws {
        let result = run(["graph", "--app", app], in: try temporaryDirectory())
        #expect(result.status == 0, "\(result.error)")
        let dot = result.output
        #expect(dot.hasPrefix("digraph app {\n"))
        #expect(dot.contains("label=\"Storage\\naws://"))
        #expect(dot.contains("\"Storage/Data666C94C7\" [label=\"Data\\nAWS::S3::Bucket\", tooltip=\"Data666C94C7\"];"))
        #expect(dot.contains("\"Compute/WorkerServiceRoleDefaultPolicyAE71B5FA\" [label=\"ServiceRole/DefaultPolicy\\nAWS::IAM::Policy\""))
        // A cross-stack reference: the policy imports the bucket's ARN.
        #expect(dot.contains("\"Compute/WorkerServiceRoleDefaultPolicyAE71B5FA\" -> \"Storage/Data666C94C7\" [style=dashed"))
        #expect(dot.contains("\"stack:Compute\" -> \"stack:Storage\" [style=bold"))
        #expect(dot.contains("\"Compute/Worker"))
        #expect(run(["graph", "--app", app], in: try temporaryDirectory()).output == dot, "the same on every run")
    }

    @Test func selectsStacks() throws {
        let dot = run(["graph", "--app", app, "Storage"], in: try temporaryDirectory()).output
        #expect(dot.contains("Storage/Data666C94C7"))
        #expect(!dot.contains("Compute/"))
        #expect(!dot.contains("stack:Compute"))
    }

    @Test func writesMermaid() throws {
        let result = run(["graph", "--app", app, "--format", "mermaid"], in: try temporaryDirectory())
        #expect(result.output.hasPrefix("flowchart LR\n  subgraph s0[\"Storage · aws://"))
        #expect(result.output.contains("[\"Data<br/>AWS::S3::Bucket\"]"))
        #expect(result.output.contains("  s1 ==>|depends on| s0\n"))
        #expect(result.output.contains("-.->|\"Storage:ExportsOutput"))
    }

    @Test func needsAFileForImages() throws {
        let result = run(["graph", "--app", app, "--format", "png"], in: try temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.error.contains("--format png writes a file: add --file app.png"))
        let noDot = run(["graph", "--app", app, "--format", "svg", "--file", "g.svg"], in: try temporaryDirectory(), environment: ["PATH": "/nonexistent"])
        #expect(noDot.error.contains("needs Graphviz's dot, which is not installed"))
    }

    /// Renders the conformance app's graph with Graphviz and checks the
    /// nodes and edges of the SVG (Scripts/install-test-tools installs Graphviz).
    @Test(.enabled(if: GraphRenderer.dotExecutable(.standard()) != nil)) func rendersSVGWithGraphviz() throws {
        let directory = try temporaryDirectory()
        let result = run(["graph", "--app", app, "--format", "svg", "--file", "app.svg"], in: directory)
        #expect(result.status == 0, "\(result.error)")
        let svg = try String(contentsOfFile: directory + "/app.svg", encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("<title>Storage/Data666C94C7</title>"))
        #expect(svg.contains("<title>Compute/WorkerServiceRoleDefaultPolicyAE71B5FA&#45;&gt;Storage/Data666C94C7</title>"))
        #expect(svg.contains("<title>stack:Compute&#45;&gt;stack:Storage</title>"))
        #expect(svg.contains(">AWS::S3::Bucket</text>"))
        let png = run(["graph", "--app", app, "--format", "png", "--file", "app.png"], in: directory)
        #expect(png.status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: directory + "/app.png"))
        #expect(bytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }
}

/// Stacks of stages are grouped by the constructs below the stack, not by the stage.
@Suite struct StageGraphTests {
    @Test func groupsTheResourcesOfAStagesStackByConstruct() throws {
        let result = run(["graph", "--app", Paths.conformance("06-stages-envs"), "Prod/Worker"], in: try temporaryDirectory())
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("label=\"Prod/Worker\\naws://222222222222/ap-northeast-1\";"))
        #expect(result.output.contains("label=\"Inbox\"; style=\"rounded,dashed\""))
        #expect(!result.output.contains("label=\"Prod\"; style=\"rounded,dashed\""))
    }
}
