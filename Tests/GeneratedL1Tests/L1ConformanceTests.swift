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

/// The Swift port of Tests/Fixtures/l1-reference/app.py, written with the generated types.
func synthesizeL1Reference() throws -> CloudAssembly {
    let app = try App(environment: [:])
    let stack = try Stack(app, "L1Reference")

    let bucket = try S3.CfnBucket(
        stack, "Data",
        bucketEncryption: .init(serverSideEncryptionConfiguration: [
            .init(bucketKeyEnabled: true, serverSideEncryptionByDefault: .init(sseAlgorithm: "AES256")),
        ]),
        bucketName: "l1-reference-data",
        corsConfiguration: .init(corsRules: [
            .init(allowedHeaders: ["*"], allowedMethods: ["GET", "HEAD"], allowedOrigins: ["https://example.com"], maxAge: 3000),
        ]),
        lifecycleConfiguration: .init(rules: [
            .init(
                expirationInDays: 30,
                id: "expire-logs",
                noncurrentVersionExpiration: .init(noncurrentDays: 7),
                prefix: "logs/",
                status: "Enabled",
                transitions: [.init(storageClass: "GLACIER", transitionInDays: 10)]),
            .init(abortIncompleteMultipartUpload: .init(daysAfterInitiation: 1), status: "Disabled"),
        ]),
        publicAccessBlockConfiguration: .init(blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true),
        tags: [CfnTag(key: "team", value: "storage"), CfnTag(key: "Cost", value: "42")],
        versioningConfiguration: .init(status: "Enabled"))

    let table = try DynamoDB.CfnTable(
        stack, "Table",
        attributeDefinitions: [
            .init(attributeName: "pk", attributeType: "S"),
            .init(attributeName: "sk", attributeType: "S"),
            .init(attributeName: "gsi1", attributeType: "N"),
        ],
        billingMode: "PAY_PER_REQUEST",
        globalSecondaryIndexes: [
            .init(
                indexName: "byGsi1",
                keySchema: [.init(attributeName: "gsi1", keyType: "HASH")],
                projection: .init(nonKeyAttributes: ["a", "b"], projectionType: "INCLUDE")),
        ],
        keySchema: [.init(attributeName: "pk", keyType: "HASH"), .init(attributeName: "sk", keyType: "RANGE")],
        pointInTimeRecoverySpecification: .init(pointInTimeRecoveryEnabled: true),
        streamSpecification: .init(streamViewType: "NEW_AND_OLD_IMAGES"),
        timeToLiveSpecification: .init(attributeName: "ttl", enabled: true))

    let role = try IAM.CfnRole(
        stack, "Role",
        assumeRolePolicyDocument: [
            "Version": "2012-10-17",
            "Statement": [["Effect": "Allow", "Principal": ["Service": "lambda.amazonaws.com"], "Action": "sts:AssumeRole"]],
        ],
        managedPolicyArns: ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
        path: "/service/",
        policies: [
            .init(
                policyDocument: [
                    "Version": "2012-10-17",
                    "Statement": [[
                        "Effect": "Allow",
                        "Action": ["dynamodb:GetItem", "dynamodb:PutItem"],
                        "Resource": [.string(table.attrArn), .string(Fn.join("", [table.attrArn, "/index/*"]))],
                    ]],
                ],
                policyName: "table-access"),
        ])

    let logGroup = try Logs.CfnLogGroup(
        stack, "Logs",
        logGroupName: "/l1/reference",
        retentionInDays: 14,
        tags: [CfnTag(key: "team", value: "ops")])

    let dlq = try SQS.CfnQueue(stack, "DeadLetters", messageRetentionPeriod: 1_209_600)
    let queue = try SQS.CfnQueue(
        stack, "Queue",
        redrivePolicy: ["deadLetterTargetArn": .string(dlq.attrArn), "maxReceiveCount": 5],
        tags: [CfnTag(key: "team", value: "messaging")],
        visibilityTimeout: 120)

    let topic = try SNS.CfnTopic(
        stack, "Topic",
        displayName: "L1 reference",
        subscription: [
            .init(endpoint: queue.attrArn, protocol: "sqs"),
            .init(endpoint: "ops@example.com", protocol: "email"),
        ])

    let function = try Lambda.CfnFunction(
        stack, "Handler",
        architectures: ["arm64"],
        code: .init(zipFile: "exports.handler = async () => 'ok';"),
        environment: .init(variables: ["BUCKET": .string(bucket.ref), "QUEUE_URL": .string(queue.ref), "TABLE": .string(table.ref), "TOPIC": .string(topic.ref)]),
        handler: "index.handler",
        loggingConfig: .init(logFormat: "JSON", logGroup: logGroup.ref),
        memorySize: 256,
        role: role.attrArn,
        runtime: "nodejs20.x",
        tags: [CfnTag(key: "team", value: "compute")],
        timeout: 30)
    try function.addDependency(role)

    let securityGroup = try EC2.CfnSecurityGroup(
        stack, "WebSg",
        groupDescription: "Web traffic",
        securityGroupEgress: [.init(cidrIp: "0.0.0.0/0", ipProtocol: "-1")],
        securityGroupIngress: [
            .init(cidrIp: "0.0.0.0/0", description: "HTTPS", fromPort: 443, ipProtocol: "tcp", toPort: 443),
            .init(cidrIpv6: "::/0", fromPort: 80, ipProtocol: "tcp", toPort: 80),
        ],
        tags: [CfnTag(key: "Name", value: "web")],
        vpcId: "vpc-12345678")

    _ = try CfnOutput(stack, "BucketArn", value: bucket.attrArn)
    _ = try CfnOutput(stack, "BucketDomain", value: bucket.attrRegionalDomainName)
    _ = try CfnOutput(stack, "TableStream", value: table.attrStreamArn)
    _ = try CfnOutput(stack, "FunctionArn", value: function.attrArn)
    _ = try CfnOutput(stack, "TopicArn", value: topic.attrTopicArn)
    _ = try CfnOutput(stack, "QueueUrl", value: queue.attrQueueUrl)
    _ = try CfnOutput(stack, "LogGroupArn", value: logGroup.attrArn)
    _ = try CfnOutput(stack, "SecurityGroupId", value: securityGroup.attrGroupId)
    _ = try CfnOutput(stack, "RoleId", value: role.attrRoleId)

    return try app.synth()
}

/// The package's root folder.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite struct L1ConformanceTests {
    let expectedPath = packageRoot.appendingPathComponent("Tests/Fixtures/l1-reference/expected/L1Reference.template.json").path

    @Test func templateEqualsTheAWSCDKs() throws {
        let assembly = try synthesizeL1Reference()
        let template = try #require(assembly.stack("L1Reference")?.template)
        let expected = try JSONParser.parse(String(contentsOfFile: expectedPath, encoding: .utf8))
        #expect(template == expected)
        for (id, resource) in expected["Resources"]?.objectValue ?? [:] {
            #expect(template["Resources"]?[id] == resource, "resource \(id)")
        }
    }

    @Test func templateTextIsByteIdentical() throws {
        let assembly = try synthesizeL1Reference()
        let text = try #require(assembly.files.first { $0.name == "L1Reference.template.json" }?.contents)
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(text == expected)
    }

    @Test func generatedTypesCarryRegistryInformation() throws {
        let info = try #require(S3.CfnBucket.typeInfo)
        #expect(info.typeName == "AWS::S3::Bucket")
        #expect(info.isStateful)
        #expect(info.replacesOnChange(of: "BucketName"))
        #expect(!info.replacesOnChange(of: "VersioningConfiguration"))
        #expect(info.primaryIdentifier == ["/properties/BucketName"])
        #expect(SNS.CfnTopic.typeInfo?.isStateful == false)
        #expect(SQS.CfnQueue.propertyOrder?.contains("Tags") == true)
        let app = try App(environment: [:])
        let stack = try Stack(app, "Info")
        let queue = try SQS.CfnQueue(stack, "Q")
        #expect(queue.constructInfo.fqn == "CDKSQS.SQS.CfnQueue")
        #expect(queue.tags?.tagPropertyName == "Tags")
        #expect(try IAM.CfnRole(stack, "R", assumeRolePolicyDocument: [:]).tags != nil)
        #expect(try IAM.CfnPolicy(stack, "P", policyDocument: [:], policyName: "p").tags == nil)
    }

    @Test func tagAspectsReachGeneratedTypes() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Tagged", synthesizer: BootstraplessSynthesizer())
        _ = try S3.CfnBucket(stack, "Bucket", tags: [CfnTag(key: "own", value: "1")])
        _ = try SSM.CfnParameter(stack, "Setting", tags: ["team": "x"], type: "String", value: "v")
        try Tags.of(stack).add("app", "demo")
        let template = try #require(try app.synth().stack("Tagged")?.template)
        #expect(template["Resources"]?["Bucket"]?["Properties"]?["Tags"] == [["Key": "app", "Value": "demo"], ["Key": "own", "Value": "1"]])
        #expect(template["Resources"]?["Setting"]?["Properties"]?["Tags"] == ["app": "demo", "team": "x"])
    }
}
