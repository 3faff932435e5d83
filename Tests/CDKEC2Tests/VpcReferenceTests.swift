import CDK
import CDKAssertions
import CDKEC2
import CDKLogs
import CDKS3
import Testing

/// The Swift port of Tests/Fixtures/ec2-vpc-reference/app.py (the default VPC, each VpcProps
/// member, endpoints, flow logs, availability zones from Fn::GetAZs, from the context and
/// while the context value is missing) synthesizes the AWS CDK's templates.
@Suite struct VpcReferenceTests {
    static let fixture = "ec2-vpc-reference"
    static let stacks = ["Default", "Props", "Endpoints", "Pinned", "Unresolved"]

    static func port() throws -> App {
        let app = try App(context: ["availability-zones:account=123456789012:region=eu-west-1": ["eu-west-1a", "eu-west-1b", "eu-west-1c"]],
                          environment: [:])
        _ = try EC2.Vpc(try Stack(app, "Default"), "Vpc")
        try props(app)
        try endpoints(app)
        let pinned = try Stack(app, "Pinned", env: Environment(account: "123456789012", region: "eu-west-1"))
        let pinnedVpc = try EC2.Vpc(pinned, "Vpc") { $0.natGateways = 2 }
        try pinnedVpc.addInterfaceEndpoint("Sqs", .init(service: EC2.InterfaceVpcEndpointAwsService.sqs))
        _ = try EC2.Vpc(pinned, "Subset") {
            $0.availabilityZones = ["eu-west-1b", "eu-west-1c"]
            $0.natGateways = 1
        }
        let unresolved = try Stack(app, "Unresolved", env: Environment(account: "123456789012", region: "us-east-2"))
        _ = try EC2.Vpc(unresolved, "Vpc") { $0.maxAzs = 2 }
        return app
    }

    static func props(_ app: App) throws {
        let stack = try Stack(app, "Props")
        _ = try EC2.Vpc(stack, "NoNat") { $0.natGateways = 0 }
        _ = try EC2.Vpc(stack, "Custom") {
            $0.ipAddresses = .cidr("192.168.0.0/20")
            $0.maxAzs = 1
            $0.enableDnsHostnames = false
            $0.enableDnsSupport = false
            $0.vpcName = "my-vpc"
            $0.defaultInstanceTenancy = .dedicated
        }
        _ = try EC2.Vpc(stack, "Reserved") {
            $0.maxAzs = 2
            $0.reservedAzs = 1
            $0.subnetConfiguration = [
                .init(name: "Ingress", subnetType: .public, cidrMask: 24, mapPublicIpOnLaunch: false),
                .init(name: "Spare", subnetType: .privateIsolated, cidrMask: 24, reserved: true),
                .init(name: "Rest", subnetType: .privateWithEgress),
            ]
        }
        _ = try EC2.Vpc(stack, "TwoPublic") {
            $0.natGateways = 1
            $0.natGatewaySubnets = .group("Outer")
            $0.subnetConfiguration = [
                .init(name: "Inner", subnetType: .public, cidrMask: 26),
                .init(name: "Outer", subnetType: .public, cidrMask: 26),
                .init(name: "Work", subnetType: .privateWithEgress, cidrMask: 26),
            ]
        }
        _ = try EC2.Vpc(stack, "IsolatedOnly") { $0.subnetConfiguration = [.init(name: "Db", subnetType: .privateIsolated)] }
        _ = try EC2.Vpc(stack, "Restricted") {
            $0.maxAzs = 1
            $0.natGateways = 0
            $0.restrictDefaultSecurityGroup = true
        }
        _ = try EC2.Vpc(stack, "NoIgw") {
            $0.maxAzs = 1
            $0.natGateways = 0
            $0.createInternetGateway = false
        }
        var rejects = EC2.FlowLogOptions()
        rejects.trafficType = .reject
        _ = try EC2.Vpc(stack, "WithEndpointsAndLogs") {
            $0.maxAzs = 1
            $0.gatewayEndpoints = ["Dynamo": .init(service: .dynamodb)]
            $0.flowLogs = ["Rejects": rejects]
        }
    }

    static func endpoints(_ app: App) throws {
        let stack = try Stack(app, "Endpoints")
        let vpc = try EC2.Vpc(stack, "Vpc") { $0.natGateways = 1 }
        let services: KeyValuePairs<String, EC2.InterfaceVpcEndpointAwsService> = [
            "Ecr": .ecr, "EcrDocker": .ecrDocker, "Logs": .cloudWatchLogs, "Ssm": .ssm,
            "Sts": .sts, "Sqs": .sqs, "Sns": .sns, "Kms": .kms,
        ]
        for (name, service) in services { try vpc.addInterfaceEndpoint(name, .init(service: service)) }
        try vpc.addInterfaceEndpoint("Closed", .init(service: EC2.InterfaceVpcEndpointAwsService.secretsManager, privateDnsEnabled: false,
                                                     subnets: .type(.public), open: false))
        try vpc.addInterfaceEndpoint("Custom", .init(service: EC2.InterfaceVpcEndpointService("com.amazonaws.vpce.us-east-1.vpce-svc-1234", port: 8443)))
        try vpc.addGatewayEndpoint("S3Private", .init(service: .s3, subnets: [.type(.privateWithEgress)]))
        try vpc.addFlowLog("ToS3") { $0.destination = .toS3() }
        let bucket = try S3.Bucket(stack, "LogBucket")
        try vpc.addFlowLog("ToS3Prefixed") {
            $0.destination = .s3(bucket: bucket, keyPrefix: "flows",
                                 options: .init(hiveCompatiblePartitions: true, fileFormat: .parquet, perHourPartition: true))
            $0.maxAggregationInterval = .oneMinute
        }
        let group = try Logs.LogGroup(stack, "FlowGroup")
        try vpc.addFlowLog("ToGroup") {
            $0.destination = .cloudWatchLogs(logGroup: group)
            $0.trafficType = .accept
        }
        _ = try EC2.FlowLog(stack, "SubnetLog", .init(resourceType: .fromSubnet(vpc.privateSubnets[0]))) { $0.flowLogName = "subnet-log" }
    }

    @Test(arguments: stacks)
    func templateEqualsTheAWSCDKs(stackName: String) throws {
        let assembly = try Self.port().synth()
        let expected = try ReferenceComparison.expectedTemplate(Self.fixture, stackName)
        let actual = try ReferenceComparison.actualTemplate(assembly, stackName)
        #expect(ReferenceComparison.differences(expected, actual) == [])
    }
}
