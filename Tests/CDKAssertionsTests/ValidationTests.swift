import CDK
import CDKAssertions
import Testing

@Suite struct ValidationTests {
    @Test func catchesConstructionErrors() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let caught = try expectError(path: "/S/B", message: "type") { try CfnResource(stack, "B", type: "") }
        #expect(caught.entries.first?.path == "S/B")
        #expect(caught.error is CDKError)
        try expectError(message: .exactly("Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got 'a_b'")) {
            try Stack(app, "a_b")
        }
        try expectError(message: .matching(Match.stringLikeRegexp("^Stack name"))) { try Stack(app, "c_d") }
        try expectError { try Stack(app, "e_f") }
    }

    @Test func reportsAMissingOrDifferentError() throws {
        let app = try makeApp()
        let none = failure { try expectError(path: "S", message: "boom") { 1 } }
        #expect(none?.description == "Expected an error at /S with a message containing \"boom\", but none was thrown.")
        let other = failure { try expectError(path: "/Other", message: "regular expression") { try Stack(app, "a_b") } }
        #expect(other?.description == """
            Expected an error at /Other with a message containing "regular expression", but got CDKError:
              [/a_b] Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got 'a_b'
            """)
    }

    @Test func catchesValidationErrorsOfSynthesis() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let bucket = try CfnResource(stack, "B", type: "AWS::S3::Bucket")
        bucket.node.addValidation { ["first problem", "second problem"] }
        stack.node.addValidation { ["stack problem"] }
        let caught = try expectSynthesisError(app, path: "/S/B", message: "second")
        #expect(caught.entries.count == 3)
        #expect(caught.error is ValidationError)
        try expectSynthesisError(app, path: "S", message: .exactly("stack problem"))
        let error = failure { try expectSynthesisError(app, path: "/S/B", message: "third") }
        #expect(error?.description == """
            Expected an error at /S/B with a message containing "third", but got ValidationError:
              [/S] stack problem
              [/S/B] first problem
              [/S/B] second problem
            """)
    }

    @Test func otherErrorsAreComparedByDescription() throws {
        struct Oops: Error, CustomStringConvertible { var description: String { "oops happened" } }
        try expectError(message: "oops") { throw Oops() }
        #expect(failure { try expectError(path: "/S") { throw Oops() } }?.description == "Expected an error at /S, but got Oops:\n  oops happened")
    }

    @Test func expectsNoWarnings() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let bucket = try CfnResource(stack, "B", type: "AWS::S3::Bucket")
        Annotations.of(stack).addInfo("just so you know")
        let assembly = try expectNoWarnings(app)
        #expect(assembly.stacks.count == 1)
        try expectNoWarnings(stack)
        #expect(failure { try expectNoWarnings(app, includingInfo: true) }?.description
            == "Expected no errors, warnings or infos, but the app has 1:\n  [Info at /S] just so you know")
        _ = bucket
    }

    @Test func warningsAndErrorsFail() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        let bucket = try CfnResource(stack, "B", type: "AWS::S3::Bucket")
        Annotations.of(bucket).addWarningV2("lib:public", "Bucket is public")
        Annotations.of(bucket).addError("Bad bucket")
        #expect(failure { try expectNoWarnings(app) }?.description == """
            Expected no errors or warnings, but the app has 2:
              [Warning at /S/B] Bucket is public [ack: lib:public]
              [Error at /S/B] Bad bucket
            """)
        #expect(failure { try expectNoWarnings(stack) }?.description.hasPrefix("Expected no errors or warnings, but the stack S has 2:") == true)
    }

    @Test func textExpectationsDescribeThemselves() throws {
        #expect(TextExpectation.containing("a").description == "a message containing \"a\"")
        #expect(TextExpectation.exactly("a").description == "the message \"a\"")
        #expect(TextExpectation.matching(Match.stringLikeRegexp("x")).description == "a message matching <stringLikeRegexp>")
        let value = 3
        #expect(try ("has \(value)" as TextExpectation).matches("it has 3 items"))
    }
}
