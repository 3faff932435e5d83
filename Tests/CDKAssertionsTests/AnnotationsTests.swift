import CDK
import CDKAssertions
import Testing

@Suite struct AnnotationsTests {
    private func annotatedStack() throws -> Stack {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let bucket = try CfnResource(stack, "Bucket", type: "AWS::S3::Bucket")
        Annotations.of(bucket).addWarning("this is a warning")
        Annotations.of(bucket).addError("this is an error")
        Annotations.of(stack).addInfo("stack info")
        return stack
    }

    @Test func findsMessagesByPathAndText() throws {
        let annotations = try Annotations.fromStack(try annotatedStack())
        try annotations.hasWarning("/S/Bucket", "this is a warning")
        try annotations.hasWarning("S/Bucket", Match.stringLikeRegexp("warn"))
        try annotations.hasError("*", "this is an error")
        try annotations.hasInfo("/S", "stack info")
        #expect(try annotations.findWarning("*", Match.anyValue()).map(\.message) == ["this is a warning"])
        #expect(try annotations.findError("/S/Bucket").map(\.path) == ["/S/Bucket"])
        #expect(try annotations.findInfo("/S/Bucket").isEmpty)
        #expect(try annotations.findInfo().map(\.description) == ["[Info at /S] stack info"])
    }

    @Test func globsDoNotMatch() throws {
        let annotations = try AnnotationsAssertions(try annotatedStack())
        #expect(failure { try annotations.hasWarning("/S/Bucket", "this is a warning*") } != nil)
    }

    @Test func reportsTheClosestMessages() throws {
        let annotations = try AnnotationsAssertions(try annotatedStack())
        let error = failure { try annotations.hasError("/S/Bucket", "this is a warning") }
        #expect(error?.description == """
            Stack has 2 messages at path /S/Bucket, but none match as expected.
            The 2 closest matches:
            1 :: {
              "entry": { ... },
              "id": "/S/Bucket",
            !! Expected error but received warning
              "level": "warning"
            }
            2 :: {
              "entry": {
            !!   Expected this is a warning but received this is an error
                "data": "this is an error",
                "type": "aws:cdk:error"
              },
              "id": "/S/Bucket",
              "level": "error"
            }
            """)
        #expect(failure { try annotations.hasInfo("/S/Other", "x") }?.description == "Stack has 0 messages at path /S/Other.\nNo matches found")
    }

    @Test func hasNoMessages() throws {
        let annotations = try AnnotationsAssertions(try annotatedStack())
        try annotations.hasNoWarning("/S", Match.anyValue())
        try annotations.hasNoError("*", "other")
        try annotations.hasNoInfo("/S/Bucket")
        let error = failure { try annotations.hasNoWarning() }
        #expect(error?.description == """
            Expected no matches, but stack has 1 messages as follows:
              {
                "1": {
                  "level": "warning",
                  "id": "/S/Bucket",
                  "entry": {
                    "type": "aws:cdk:warning",
                    "data": "this is a warning"
                  }
                }
              }
            """)
    }

    @Test func readsAWholeAppOrGivenMessages() throws {
        let stack = try annotatedStack()
        let app = try #require(stack.node.root as? App)
        let other = try Stack(app, "T")
        Annotations.of(other).addWarning("other stack")
        let all = try AnnotationsAssertions(app)
        try all.hasWarning("/T", "other stack")
        #expect(try AnnotationsAssertions(stack).findWarning().count == 1)
        let given = AnnotationsAssertions(messages: all.messages.filter { $0.path == "/T" })
        try given.hasNoError()
    }
}
