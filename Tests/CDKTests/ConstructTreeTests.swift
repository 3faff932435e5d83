import Testing
@testable import CDK

@Suite struct ConstructTreeTests {
    @Test func pathsAndChildrenFollowTheTree() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let group = try Construct(stack, "Group")
        let a = try Construct(group, "A")
        let b = try Construct(group, "B")
        #expect(app.node.path == "")
        #expect(stack.node.path == "S")
        #expect(b.node.path == "S/Group/B")
        #expect(group.node.children.map(\.node.id) == ["A", "B"])
        #expect(group.node.tryFindChild("A") === a)
        #expect(group.node.tryFindChild("C") == nil)
        #expect(b.node.scope === group)
        #expect(b.node.root === app)
        #expect(b.node.scopes.map(\.node.id) == ["", "S", "Group", "B"])
        #expect(stack.node.findAll().map(\.node.id) == ["S", "Group", "A", "B"])
        #expect(stack.node.findAll(.postOrder).map(\.node.id) == ["A", "B", "Group", "S"])
        #expect(throws: CDKError.self) { try group.node.findChild("C") }
    }

    @Test func duplicateIdsAreErrorsNamingBothPaths() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        _ = try Construct(stack, "Bucket")
        let error = #expect(throws: CDKError.self) { try Construct(stack, "Bucket") }
        #expect(error?.code == "DuplicateConstructId")
        #expect(error?.path == "S")
        #expect(error?.message.contains("'S/Bucket' exists") == true)
        #expect(error?.message.contains("'S/Bucket' cannot be added") == true)
        let second = #expect(throws: CDKError.self) { try Stack(app, "S") }
        #expect(second?.message.contains("in the App") == true)
    }

    @Test func idsAreSanitizedAndValidated() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let child = try Construct(stack, "a/b")
        #expect(child.node.id == "a--b")
        // Looked up by the id it was given, as the AWS CDK's tryFindChild and findChild do.
        #expect(stack.node.tryFindChild("a/b") === child)
        #expect(try stack.node.findChild("a/b") === child)
        #expect(stack.node.tryFindChild("a--b") === child)
        #expect(throws: CDKError.self) { try Construct(stack, "") }
        #expect(throws: CDKError.self) { try Construct(stack, "x\(Aws.region)") }
    }

    @Test func defaultChildIsResourceOrDefault() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let wrapper = try Construct(stack, "W")
        #expect(wrapper.node.defaultChild == nil)
        let resource = try CfnResource(wrapper, "Resource", type: "AWS::SNS::Topic")
        #expect(wrapper.node.defaultChild === resource)
    }

    @Test func metadataAndContext() throws {
        let app = try makeApp(context: ["k": "from-app"])
        let stack = try Stack(app, "S")
        let c = try Construct(stack, "C")
        c.node.addMetadata("custom", ["x": 1])
        #expect(c.node.metadata == [MetadataEntry(type: "custom", data: ["x": 1])])
        #expect(c.node.tryGetContext("k") == "from-app")
        #expect(c.node.tryGetContext("missing") == nil)
        let leaf = try Construct(c, "Leaf")
        try leaf.node.setContext("k", "local")
        #expect(leaf.node.tryGetContext("k") == "local")
        #expect(throws: CDKError.self) { try c.node.setContext("late", true) }
    }

    @Test func elementsOutsideAStackAreErrors() throws {
        let app = try makeApp()
        let error = #expect(throws: CDKError.self) { try CfnResource(app, "R", type: "AWS::SNS::Topic") }
        #expect(error?.message.contains("should be created in the scope of a Stack") == true)
    }

    @Test func stackOfFindsTheEnclosingStack() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let deep = try Construct(try Construct(stack, "A"), "B")
        #expect(try Stack.of(deep) === stack)
        #expect(try Stack.of(stack) === stack)
        #expect(throws: CDKError.self) { try Stack.of(app) }
    }
}
