import CDK
import CDKAssertions
import CDKEC2
import CDKLambda
import CDKLambdaEventSources
import CDKS3
import CDKSQS
import Foundation
import Testing

/// Function options of the AWS CDK's function tests: the Swift port of
/// Tests/Fixtures/lambda-vpc-tenancy-reference/app.py (IPv6 outbound traffic, dual-stack
/// subnets, an empty list of security groups, tenant isolation, the storage mode of code in S3)
/// must synthesize the AWS CDK's template; then the errors of these options.
@Suite struct LambdaVpcTenancyReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-vpc-tenancy-reference/expected/VpcTenancy.template.json")
    static var code: Lambda.Code { .fromInline("def handler(event, context):\n    return {}") }

    static func function(_ scope: Construct, _ id: String, code: Lambda.Code = code,
                         configure: (inout Lambda.FunctionProps) throws -> Void = { _ in }) throws -> Lambda.Function {
        try Lambda.Function(scope, id, .init(runtime: .python312, handler: "index.handler", code: code), configure: configure)
    }

    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "VpcTenancy")
        let vpc = try EC2.Vpc(stack, "Vpc") {
            $0.maxAzs = 2
            $0.natGateways = 1
        }
        _ = try function(stack, "Ipv6Out") { $0.vpc = vpc; $0.allowAllIpv6Outbound = true }
        _ = try function(stack, "NoGroups") { $0.vpc = vpc; $0.securityGroups = []; $0.allowAllOutbound = false }
        let group = try EC2.SecurityGroup(stack, "LambdaSG", .init(vpc: vpc)) {
            $0.allowAllOutbound = true
            $0.allowAllIpv6Outbound = true
        }
        _ = try function(stack, "DualStack") {
            $0.vpc = vpc
            $0.ipv6AllowedForDualStack = true
            $0.securityGroups = [group]
            $0.vpcSubnets = .type(.privateWithEgress)
        }
        _ = try function(stack, "NotDualStack") { $0.vpc = vpc; $0.ipv6AllowedForDualStack = false }
        _ = try function(stack, "PerTenant") { $0.tenancyConfig = .perTenant }
        let bucket = try S3.Bucket.fromBucketName(stack, "Bucket", bucketName: "bucketname")
        _ = try function(stack, "Referenced", code: .fromBucketV2(bucket, key: "script.zip", objectVersion: "object-version",
                                                                 s3ObjectStorageMode: .reference))
        _ = try function(stack, "Copied", code: .fromBucketV2(bucket, key: "copied.zip", objectVersion: "v2", s3ObjectStorageMode: .copy))
        return app
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        let expectedText = try String(contentsOf: Self.expected, encoding: .utf8)
        #expect(assembly.stack("VpcTenancy")?.template == (try JSONParser.parse(expectedText)))
    }

    @Test func vpcOptionsWithoutAVpcAreRejected() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        try expectError(path: "/S/A", message: .containing("Cannot configure 'allowAllIpv6Outbound' without configuring a VPC")) {
            try Self.function(stack, "A") { $0.allowAllIpv6Outbound = true }
        }
        try expectError(path: "/S/B", message: .containing("Cannot configure 'ipv6AllowedForDualStack' without configuring a VPC")) {
            try Self.function(stack, "B") { $0.ipv6AllowedForDualStack = true }
        }
        try expectError(path: "/S/C", message: .containing("Cannot configure 'allowAllOutbound' without configuring a VPC")) {
            try Self.function(stack, "C") { $0.allowAllOutbound = true }
        }
        // An empty list of security groups is no list.
        _ = try Self.function(stack, "D") { $0.securityGroups = [] }
    }

    @Test func outboundOptionsGoOnTheGivenGroups() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let vpc = try EC2.Vpc(stack, "Vpc")
        let group = try EC2.SecurityGroup(stack, "SecurityGroup", .init(vpc: vpc))
        try expectError(path: "/S/A", message: "Configure 'allowAllIpv6Outbound' directly on the supplied SecurityGroups.") {
            try Self.function(stack, "A") { $0.vpc = vpc; $0.securityGroups = [group]; $0.allowAllIpv6Outbound = true }
        }
        try expectError(path: "/S/B", message: "Configure 'allowAllOutbound' directly on the supplied SecurityGroups.") {
            try Self.function(stack, "B") { $0.vpc = vpc; $0.securityGroups = [group]; $0.allowAllOutbound = false }
        }
    }

    @Test func tenantIsolationRefusesSnapStartAndOtherEventSources() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        try expectError(path: "/S/Snap", message: .containing("SnapStart is not supported for functions with tenant isolation mode")) {
            try Lambda.Function(stack, "Snap", .init(runtime: .python312, handler: "index.handler", code: Self.code)) {
                $0.tenancyConfig = .perTenant
                $0.snapStart = .onPublishedVersions
            }
        }
        let fn = try Self.function(stack, "Isolated") { $0.tenancyConfig = .perTenant }
        let queue = try SQS.Queue(stack, "Queue")
        try expectError(path: "/S/Isolated", message: "Event source SqsEventSource is not supported for functions with tenant isolation mode") {
            try fn.addEventSource(LambdaEventSources.SqsEventSource(queue))
        }
    }

    @Test func referencedCodeNeedsAnObjectVersion() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let bucket = try S3.Bucket.fromBucketName(stack, "Bucket", bucketName: "bucketname")
        try expectError(path: "/S/Fn", message: "set objectVersion when using s3ObjectStorageMode REFERENCE because Lambda requires a versioned S3 object") {
            try Self.function(stack, "Fn", code: .fromBucketV2(bucket, key: "script.zip", s3ObjectStorageMode: .reference))
        }
    }
}
