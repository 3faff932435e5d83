import CDK
import Testing

/// A construct of one's own creates its children under a `ConstructScope` before `super.init`.
@Suite struct ConstructScopeTests {
    /// A construct with two typed children created before `super.init`.
    final class Pair: Construct {
        let first: CfnResource
        let second: CfnResource

        override init(_ scope: Construct, _ id: String) throws {
            let this = try ConstructScope(scope, id)
            first = try CfnResource(this, "First", type: "AWS::SQS::Queue")
            second = try CfnResource(this, "Second", type: "AWS::SQS::Queue")
            this.node.addMetadata("custom", "before")
            try super.init(this)
            second.node.addDependency(first)
        }
    }

    /// Logical ids and DependsOn as the AWS CDK 2.275 writes them for the same construct in Python.
    @Test func childrenAreUnderTheConstructWithTheAWSCDKsLogicalIds() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let pair = try Pair(stack, "Pair")
        #expect(stack.node.children.count == 1)
        #expect(stack.node.children[0] === pair)
        #expect(pair.node.children.map(ObjectIdentifier.init) == [ObjectIdentifier(pair.first), ObjectIdentifier(pair.second)])
        #expect(pair.first.node.scope === pair)
        #expect(pair.first.node.path == "S/Pair/First")
        #expect(try stack.getLogicalId(pair.first) == "PairFirstF76CFFC4")
        #expect(pair.node.metadata.map(\.type) == ["custom"])
        let resources = try template(of: stack)["Resources"]
        #expect(resources?["PairSecond93FDC01B"]?["DependsOn"] == ["PairFirstF76CFFC4"])
    }

    @Test func constructsAddedToTheScopeAfterwardsGoToTheConstruct() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let this = try ConstructScope(stack, "Late")
        let construct = try Construct(this)
        let child = try CfnResource(this, "Child", type: "AWS::SQS::Queue")
        #expect(child.node.scope === construct)
        #expect(construct.node.children.count == 1)
        #expect(stack.node.tryFindChild("Late") === construct)
        #expect(this.dependencyRoots.map(ObjectIdentifier.init) == [ObjectIdentifier(construct)])
    }

    @Test func aScopeIsTakenOnceAndIdsStayUnique() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let this = try ConstructScope(stack, "Once")
        _ = try Construct(this)
        #expect(throws: CDKError.self) { try Construct(this) }
        #expect(throws: CDKError.self) { try ConstructScope(stack, "Once") }
    }
}
