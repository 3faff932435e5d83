import CDK
import CDKDynamoDB
import CDKEC2
import CDKIAM
import CDKLambda
import CDKLogs
import CDKS3
import CDKSNS
import CDKSQS
import CDKSSM
import Foundation
import Testing

/// cfn-lint from `.venv-tools` (Scripts/install-test-tools), else from `PATH`.
let cfnLintPath: String? = {
    let local = packageRoot.appendingPathComponent(".venv-tools/bin/cfn-lint").path
    if FileManager.default.isExecutableFile(atPath: local) { return local }
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let candidate = String(directory) + "/cfn-lint"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}()

/// A network app made of 30 generated types from 9 services, each with the properties its
/// schema requires (the initializers do not compile without them).
func synthesizeLintApp() throws -> String {
    let app = try App(environment: [:])
    let stack = try Stack(app, "LintedL1")
    let policy: JSONValue = [
        "Version": "2012-10-17",
        "Statement": [["Effect": "Allow", "Principal": ["AWS": .string(Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root"))], "Action": "*", "Resource": "*"]],
    ]

    // Network
    let vpc = try EC2.CfnVPC(stack, "Vpc", cidrBlock: "10.0.0.0/16", enableDnsHostnames: true, enableDnsSupport: true)
    let subnet = try EC2.CfnSubnet(stack, "Subnet", availabilityZone: Fn.select(0, Fn.getAzs()), cidrBlock: "10.0.0.0/24", vpcId: vpc.ref)
    let gateway = try EC2.CfnInternetGateway(stack, "Gateway")
    let attachment = try EC2.CfnVPCGatewayAttachment(stack, "Attachment", internetGatewayId: gateway.ref, vpcId: vpc.ref)
    let routes = try EC2.CfnRouteTable(stack, "Routes", vpcId: vpc.ref)
    let route = try EC2.CfnRoute(stack, "DefaultRoute", destinationCidrBlock: "0.0.0.0/0", gatewayId: gateway.ref, routeTableId: routes.ref)
    try route.addDependency(attachment)
    _ = try EC2.CfnSubnetRouteTableAssociation(stack, "SubnetRoutes", routeTableId: routes.ref, subnetId: subnet.ref)
    let securityGroup = try EC2.CfnSecurityGroup(
        stack, "Sg", groupDescription: "Function traffic",
        securityGroupEgress: [.init(cidrIp: "0.0.0.0/0", description: "All out", ipProtocol: "-1")],
        vpcId: vpc.ref)

    // Storage and messaging
    let bucket = try S3.CfnBucket(stack, "Bucket", versioningConfiguration: .init(status: "Enabled"))
    _ = try S3.CfnBucketPolicy(stack, "BucketPolicy", bucket: bucket.ref, policyDocument: [
        "Version": "2012-10-17",
        "Statement": [["Effect": "Deny", "Principal": "*", "Action": "s3:*",
                       "Resource": [.string(bucket.attrArn), .string(Fn.join("", [bucket.attrArn, "/*"]))],
                       "Condition": ["Bool": ["aws:SecureTransport": "false"]]]],
    ])
    let table = try DynamoDB.CfnTable(
        stack, "Table",
        attributeDefinitions: [.init(attributeName: "id", attributeType: "S")],
        billingMode: "PAY_PER_REQUEST",
        keySchema: [.init(attributeName: "id", keyType: "HASH")],
        streamSpecification: .init(streamViewType: "NEW_IMAGE"))
    let queue = try SQS.CfnQueue(stack, "Queue")
    _ = try SQS.CfnQueuePolicy(stack, "QueuePolicy", policyDocument: policy, queues: [queue.ref])
    let topic = try SNS.CfnTopic(stack, "Topic")
    _ = try SNS.CfnTopicPolicy(stack, "TopicPolicy", policyDocument: policy, topics: [topic.ref])
    _ = try SNS.CfnSubscription(stack, "Subscription", endpoint: queue.attrArn, protocol: "sqs", topicArn: topic.ref)
    _ = try SSM.CfnParameter(stack, "Setting", tags: ["team": "platform"], type: "String", value: "on")

    // Identity
    let role = try IAM.CfnRole(stack, "Role", assumeRolePolicyDocument: [
        "Version": "2012-10-17",
        "Statement": [["Effect": "Allow", "Principal": ["Service": "lambda.amazonaws.com"], "Action": "sts:AssumeRole"]],
    ])
    let readPolicy: JSONValue = [
        "Version": "2012-10-17",
        "Statement": [["Effect": "Allow", "Action": ["dynamodb:GetItem", "sqs:SendMessage"], "Resource": [.string(table.attrArn), .string(queue.attrArn)]]],
    ]
    _ = try IAM.CfnPolicy(stack, "Policy", policyDocument: readPolicy, policyName: "read", roles: [role.ref])
    let managed = try IAM.CfnManagedPolicy(stack, "Managed", policyDocument: readPolicy)
    _ = try IAM.CfnInstanceProfile(stack, "Profile", roles: [role.ref])
    let group = try IAM.CfnGroup(stack, "Group", managedPolicyArns: [managed.ref])
    _ = try IAM.CfnUser(stack, "User", groups: [group.ref])

    // Compute
    let logGroup = try Logs.CfnLogGroup(stack, "Logs", retentionInDays: 7)
    _ = try Logs.CfnLogStream(stack, "Stream", logGroupName: logGroup.ref)
    _ = try Logs.CfnMetricFilter(
        stack, "Errors", filterPattern: "ERROR", logGroupName: logGroup.ref,
        metricTransformations: [.init(metricName: "Errors", metricNamespace: "LintedL1", metricValue: "1")])
    let function = try Lambda.CfnFunction(
        stack, "Function",
        code: .init(zipFile: "exports.handler = async () => 'ok';"),
        handler: "index.handler",
        loggingConfig: .init(logGroup: logGroup.ref),
        role: role.attrArn,
        runtime: "nodejs24.x",
        vpcConfig: .init(securityGroupIds: [securityGroup.attrGroupId], subnetIds: [subnet.ref]))
    let version = try Lambda.CfnVersion(stack, "Version", functionName: function.ref)
    let alias = try Lambda.CfnAlias(stack, "Alias", functionName: function.ref, functionVersion: version.attrVersion, name: "live")
    _ = try Lambda.CfnPermission(stack, "Invoke", action: "lambda:InvokeFunction", functionName: alias.ref, principal: "sns.amazonaws.com", sourceArn: topic.ref)
    _ = try Lambda.CfnEventSourceMapping(stack, "TableStream", eventSourceArn: table.attrStreamArn, functionName: function.ref, startingPosition: "LATEST")
    _ = try CfnOutput(stack, "BucketName", value: bucket.ref)

    let assembly = try app.synth()
    guard let text = assembly.files.first(where: { $0.name == "LintedL1.template.json" })?.contents else {
        throw CDKError(code: "Test", message: "no template")
    }
    return text
}

@Suite struct CfnLintTests {
    @Test func usesAtLeastTwentyGeneratedTypes() throws {
        let template = try JSONParser.parse(synthesizeLintApp())
        let types = Set((template["Resources"]?.objectValue ?? [:]).values.compactMap { $0["Type"]?.stringValue })
        #expect(types.count >= 20, "\(types.sorted())")
    }

    @Test(.enabled(if: cfnLintPath != nil, "cfn-lint is not installed: run Scripts/install-test-tools (it creates .venv-tools with cfn-lint 1.51.0)"))
    func templatePassesCfnLint() throws {
        let lint = try #require(cfnLintPath)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("generated-l1-\(UUID().uuidString).template.json")
        try synthesizeLintApp().write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: lint)
        process.arguments = ["--regions", "us-east-1", "--", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "cfn-lint found problems:\n\(report)")
    }
}
