import CDK
import CDKAssertions
import CDKIAM
import CDKLambda
import CDKLambdaEventSources
import CDKSQS
import Testing

@Suite struct FunctionTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    func function(_ stack: Stack, _ id: String = "Fn", tracing: Lambda.Tracing? = nil) throws -> Lambda.Function {
        try Lambda.Function(stack, id, .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("x"))) {
            $0.tracing = tracing
        }
    }

    @Test func createsAServiceRoleTheFunctionDependsOn() throws {
        let stack = try stack()
        let fn = try function(stack)
        #expect(fn.role?.node.path == "S/Fn/ServiceRole")
        try Template(stack).hasResource("AWS::Lambda::Function", [
            "Properties": ["Handler": "index.handler", "Runtime": "nodejs22.x", "Code": ["ZipFile": "x"]],
            "DependsOn": ["FnServiceRoleB9001A96"],
        ])
        try Template(stack).hasResourceProperties("AWS::IAM::Role", ["ManagedPolicyArns": [[
            "Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]],
        ]]])
    }

    @Test func tracingAddsTheXRayStatement() throws {
        let stack = try stack()
        _ = try function(stack, tracing: .active)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [[
            "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], "Effect": "Allow", "Resource": "*",
        ]]]])
        try Template(stack).hasResourceProperties("AWS::Lambda::Function", ["TracingConfig": ["Mode": "Active"]])
        let other = try self.stack()
        _ = try function(other, tracing: .disabled)
        try Template(other).resourceCountIs("AWS::IAM::Policy", 0)
    }

    @Test func givenRoleIsUsed() throws {
        let stack = try stack()
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "h", code: .fromInline("x"))) { $0.role = role }
        #expect(fn.role === role)
        try Template(stack).resourceCountIs("AWS::IAM::Role", 1)
    }

    @Test func deadLetterQueueGetsSendPermission() throws {
        let stack = try stack()
        let queue = try SQS.Queue(stack, "Dlq")
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "h", code: .fromInline("x"))) {
            $0.deadLetterQueue = queue
        }
        #expect(fn.deadLetterQueue === queue)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [[
            "Action": "sqs:SendMessage", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]],
        ]]]])
    }

    @Test func grantInvokeUsesThePolicyOrAPermission() throws {
        let stack = try stack()
        let fn = try function(stack)
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try fn.grantInvoke(role)
        try fn.grantInvoke(IAM.ServicePrincipal("apigateway.amazonaws.com"))
        try fn.grantInvoke(IAM.ServicePrincipal("apigateway.amazonaws.com"))
        try Template(stack).resourceCountIs("AWS::Lambda::Permission", 1)
        try Template(stack).hasResourceProperties("AWS::Lambda::Permission", [
            "Action": "lambda:InvokeFunction", "Principal": "apigateway.amazonaws.com",
        ])
    }

    @Test func metricsNameTheFunction() throws {
        let stack = try stack()
        let fn = try function(stack)
        let errors = fn.metricErrors()
        #expect(errors.namespace == "AWS/Lambda")
        #expect(errors.metricName == "Errors")
        #expect(errors.statistic == "Sum")
        #expect(errors.dimensions.first?.name == "FunctionName")
        #expect(fn.metricDuration().statistic == "Average")
        #expect(fn.metricInvocations().metricName == "Invocations")
        #expect(fn.metricThrottles().metricName == "Throttles")
    }

    @Test func sqsEventSourceMapsAndGrants() throws {
        let stack = try stack()
        let fn = try function(stack)
        let queue = try SQS.Queue(stack, "Q")
        try fn.addEventSource(try LambdaEventSources.SqsEventSource(queue) { $0.batchSize = 10; $0.reportBatchItemFailures = true })
        try Template(stack).hasResourceProperties("AWS::Lambda::EventSourceMapping", [
            "BatchSize": 10, "FunctionResponseTypes": ["ReportBatchItemFailures"],
            "EventSourceArn": ["Fn::GetAtt": ["Q63C6E3AB", "Arn"]],
        ])
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [[
            "Action": ["sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], "Effect": "Allow",
        ]]]])
    }

    @Test func importedFunctionsAreReferencedByArn() throws {
        let stack = try stack()
        let fn = try Lambda.Function.fromFunctionArn(stack, "I", functionArn: "arn:aws:lambda:eu-west-1:111111111111:function:worker")
        #expect(fn.functionName == "worker")
        #expect(fn.role == nil)
    }

    @Test func invalidPropsAreErrorsWithThePath() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "Function name can not be longer than 64 characters but has 65 characters.") {
            try Lambda.Function(stack, "A", .init(runtime: .python312, handler: "h", code: .fromInline("x"))) {
                $0.functionName = String(repeating: "a", count: 65)
            }
        }
        try expectError(path: "/S/B", message: "Function name my fn can contain only letters, numbers, hyphens, or underscores with no spaces.") {
            try Lambda.Function(stack, "B", .init(runtime: .python312, handler: "h", code: .fromInline("x"))) { $0.functionName = "my fn" }
        }
        try expectError(path: "/S/C", message: "Function description can not be longer than 256 characters but has 257 characters.") {
            try Lambda.Function(stack, "C", .init(runtime: .python312, handler: "h", code: .fromInline("x"))) {
                $0.description = String(repeating: "d", count: 257)
            }
        }
        try expectError(path: "/S/D", message: "Inline source not allowed for java21") {
            try Lambda.Function(stack, "D", .init(runtime: .java21, handler: "h", code: .fromInline("x")))
        }
        try expectError(path: "/S/E", message: "Lambda inline code cannot be empty") {
            try Lambda.Function(stack, "E", .init(runtime: .python312, handler: "h", code: .fromInline("")))
        }
        let queue = try SQS.Queue(stack, "Q")
        try expectError(path: "/S/F", message: "deadLetterQueue defined but deadLetterQueueEnabled explicitly set to false") {
            try Lambda.Function(stack, "F", .init(runtime: .python312, handler: "h", code: .fromInline("x"))) {
                $0.deadLetterQueue = queue
                $0.deadLetterQueueEnabled = false
            }
        }
        try expectError(message: "Maximum batch size must be between 1 and 10 inclusive (given 11) when batching window is not specified.") {
            try LambdaEventSources.SqsEventSource(queue) { $0.batchSize = 11 }
        }
    }
}
