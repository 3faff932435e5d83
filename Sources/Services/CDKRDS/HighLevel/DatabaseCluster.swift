import CDK
import CDKEC2
import CDKIAM
import CDKSecretsManager

extension RDS {
    /// Where a database listens: a host name and a port (the AWS CDK's `Endpoint`).
    public struct Endpoint: Sendable {
        /// The host name.
        public let hostname: String
        /// The port (a number token for a port known only at deployment).
        public let port: Double
        /// `<hostname>:<port>`.
        public var socketAddress: String { "\(hostname):\(Token.asString(port))" }
    }

    /// An Aurora database cluster (`AWS::RDS::DBCluster`) with its writer and readers, as the
    /// AWS CDK's `DatabaseCluster` builds it: a subnet group and a security group of its own
    /// unless given, credentials in a generated secret attached to the cluster, and instances
    /// that wait for the VPC's internet connectivity.
    ///
    /// ```swift
    /// let cluster = try RDS.DatabaseCluster(stack, "Db", .init(
    ///     engine: .auroraPostgres(version: .ver16_4), vpc: vpc, writer: .serverlessV2("writer"))) {
    ///     $0.readers = [.serverlessV2("reader", scaleWithWriter: true)]
    ///     $0.credentials = .fromGeneratedSecret("app")
    /// }
    /// try cluster.connections.allowDefaultPortFrom(fn)
    /// ```
    public final class DatabaseCluster: Resource, EC2.Connectable, SecretsManager.SecretAttachmentTarget {
        /// The engine.
        public let engine: ClusterEngine
        /// The VPC the cluster is in.
        public let vpc: any EC2.VpcRef
        /// The subnets of the VPC it is in, as given.
        public let vpcSubnets: EC2.SubnetSelection?
        /// The subnet group.
        public let subnetGroup: any SubnetGroupRef
        /// The security groups.
        public let securityGroups: [any EC2.SecurityGroupRef]
        /// The cluster's CloudFormation resource.
        public let cfnDBCluster: CfnDBCluster
        /// The connections, on the cluster's port.
        public let connections: EC2.Connections
        /// The read-write endpoint.
        public let clusterEndpoint: Endpoint
        /// The load-balanced read-only endpoint.
        public let clusterReadEndpoint: Endpoint
        /// The secret with the master user's credentials, attached to the cluster, if the
        /// credentials have one.
        public private(set) var secret: (any SecretsManager.SecretRef)?
        /// The writer and the readers, in that order.
        public private(set) var instances: [AuroraClusterInstance] = []

        /// A cluster of `props.engine` with `props.writer` and `props.readers`.
        public init(_ scope: Construct, _ id: String, _ props: DatabaseClusterProps, configure: (inout DatabaseClusterProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            try Self.validateScaling(props, at: this)
            engine = props.engine
            vpc = props.vpc
            vpcSubnets = props.vpcSubnets
            let subnetIds = try props.vpc.selectSubnets(props.vpcSubnets ?? EC2.SubnetSelection()).subnetIds
            if subnetIds.count < 2 {
                Annotations.of(this).addError("Cluster requires at least 2 subnets, got \(subnetIds.count)")
            }
            subnetGroup = try props.subnetGroup ?? SubnetGroup(this, "Subnets", .init(description: "Subnets for \(id) database", vpc: props.vpc)) {
                $0.vpcSubnets = props.vpcSubnets
                $0.removalPolicy = props.removalPolicy == .retain ? .retain : nil
            }
            securityGroups = try props.securityGroups ?? [EC2.SecurityGroup(this, "SecurityGroup", .init(vpc: props.vpc)) { $0.description = "RDS security group" }]
            // The engine's default parameter group, imported by name.
            let parameterGroupName = props.engine.parameterGroupFamily.map { "default." + $0 }
            if parameterGroupName != nil { _ = try Construct(this, props.engine.defaultParameterGroupId) }
            let credentials = try (props.credentials ?? .fromUsername(props.engine.defaultUsername)).rendered(in: this)

            cfnDBCluster = try CfnDBCluster(this, "Resource")
            cfnDBCluster.engine = props.engine.engineType
            cfnDBCluster.engineVersion = props.engine.fullVersion
            // With `@aws-cdk/aws-rds:lowercaseDbIdentifier`, written in lower case, as RDS keeps it.
            let lowercase = FeatureFlags.of(this).isEnabled("@aws-cdk/aws-rds:lowercaseDbIdentifier")
            cfnDBCluster.dbClusterIdentifier = props.clusterIdentifier.map { lowercase && !Token.isUnresolved($0) ? $0.lowercased() : $0 }
            cfnDBCluster.dbSubnetGroupName = subnetGroup.subnetGroupName
            cfnDBCluster.vpcSecurityGroupIds = securityGroups.map(\.securityGroupId)
            cfnDBCluster.port = (props.port ?? props.engine.defaultPort).map(Double.init)
            cfnDBCluster.dbClusterParameterGroupName = parameterGroupName
            cfnDBCluster.deletionProtection = props.deletionProtection ?? (props.removalPolicy == .retain ? true : nil)
            cfnDBCluster.enableIamDatabaseAuthentication = props.iamAuthentication
            cfnDBCluster.backupRetentionPeriod = try props.backup.map { backup in try this.converting("backup.retention") { try backup.retention.toDays() } }
            cfnDBCluster.preferredBackupWindow = props.backup?.preferredWindow
            cfnDBCluster.preferredMaintenanceWindow = props.preferredMaintenanceWindow
            cfnDBCluster.databaseName = props.defaultDatabaseName
            cfnDBCluster.enableCloudwatchLogsExports = props.cloudwatchLogsExports
            cfnDBCluster.kmsKeyId = props.storageEncryptionKey?.keyArn
            cfnDBCluster.storageEncrypted = props.storageEncryptionKey != nil ? true : props.storageEncrypted
            cfnDBCluster.copyTagsToSnapshot = props.copyTagsToSnapshot
            cfnDBCluster.masterUsername = credentials.username
            cfnDBCluster.masterUserPassword = credentials.password?.unsafeUnwrap()
            cfnDBCluster.applyRemovalPolicy(props.removalPolicy ?? .snapshot)

            let port = Token.asNumber(cfnDBCluster.getAtt("Endpoint.Port"))
            clusterEndpoint = Endpoint(hostname: cfnDBCluster.attrEndpointAddress, port: port)
            clusterReadEndpoint = Endpoint(hostname: cfnDBCluster.attrReadEndpointAddress, port: port)
            connections = EC2.Connections(securityGroups: securityGroups, defaultPort: .tcp(port))
            try super.init(this, physicalName: props.clusterIdentifier)

            if let logs = props.cloudwatchLogsExports {
                let unsupported = logs.filter { !props.engine.supportedLogTypes.contains($0) }
                if !unsupported.isEmpty {
                    throw CDKError("UnsupportedLogTypes", "Unsupported logs for the current engine type: \(unsupported.joined(separator: ",")). \(props.engine.engineType) exports \(props.engine.supportedLogTypes.joined(separator: ", ")).", at: self)
                }
            }
            if let generated = credentials.secret { secret = try generated.attach(self) }
            try makeInstances(props)
        }

        /// The writer (tier 0), then each reader after it; the Serverless v2 capacities when any
        /// instance is serverless.
        private func makeInstances(_ props: DatabaseClusterProps) throws {
            let removalPolicy = props.removalPolicy ?? .snapshot
            let writer = try AuroraClusterInstance(self, props.writer, tier: 0, cluster: self, removalPolicy: removalPolicy)
            instances = [writer]
            for reader in props.readers {
                let instance = try AuroraClusterInstance(self, reader, tier: reader.promotionTier, cluster: self, removalPolicy: removalPolicy)
                // Readers are made after the writer.
                instance.node.addDependency(writer)
                instances.append(instance)
                if instance.tier < 2 { warnIfUnscalable(instance, writer: writer, maxCapacity: props.serverlessV2MaxCapacity) }
            }
            if instances.contains(where: { $0.instance.kind == .serverlessV2 }) {
                cfnDBCluster.serverlessV2ScalingConfiguration = .init(maxCapacity: props.serverlessV2MaxCapacity, minCapacity: props.serverlessV2MinCapacity)
            }
            warnAboutFailover(writer: writer, readers: Array(instances.dropFirst()))
        }

        /// The AWS CDK's warnings about readers that would make a poor writer after a failover.
        private func warnAboutFailover(writer: AuroraClusterInstance, readers: [AuroraClusterInstance]) {
            // Stable, as JavaScript's sort: readers of a tier keep their order.
            let sorted = readers.enumerated().sorted { ($0.element.tier, $0.offset) < ($1.element.tier, $1.offset) }.map(\.element)
            guard let highestTier = sorted.first?.tier else { return }
            let serverless = sorted.filter { $0.instance.kind == .serverlessV2 }
            let provisioned = sorted.filter { $0.instance.kind != .serverlessV2 }
            if provisioned.isEmpty {
                if !sorted.contains(where: { $0.tier <= 1 }) {
                    Annotations.of(self).addWarningV2(
                        "@aws-cdk/aws-rds:noFailoverServerlessReaders",
                        "Cluster \(node.id) only has serverless readers and no reader is in promotion tier 0-1.Serverless readers in promotion tiers >= 2 will NOT scale with the writer, which can lead to availability issues if a failover event occurs. It is recommended that at least one reader has `scaleWithWriter` set to true")
                }
                return
            }
            if highestTier > 1 && serverless.contains(where: { $0.tier == highestTier }) {
                Annotations.of(self).addWarningV2(
                    "@aws-cdk/aws-rds:serverlessInHighestTier2-15",
                    "There are serverlessV2 readers in tier \(highestTier). Since there are no instances in a higher tier, any instance in this tier is a failover target. Since this tier is > 1 the serverless reader will not scale with the writer which could lead to availability issues during failover.")
            }
            let mismatched = provisioned.filter { $0.instanceSize != writer.instanceSize }
            if !mismatched.isEmpty, let writerSize = writer.instanceSize {
                Annotations.of(self).addWarningV2(
                    "@aws-cdk/aws-rds:provisionedReadersDontMatchWriter",
                    "There are provisioned readers in the highest promotion tier \(highestTier) that do not have the same InstanceSize as the writer. Any of these instances could be chosen as the new writer in the event of a failover.\nWriter InstanceSize: \(writerSize)\nReader InstanceSizes: \(mismatched.compactMap(\.instanceSize).joined(separator: ", "))")
            }
        }

        /// The AWS CDK's warning about a serverless reader in tier 0-1 that cannot grow to the
        /// provisioned writer's memory within the cluster's capacity (2 GiB per ACU).
        private func warnIfUnscalable(_ reader: AuroraClusterInstance, writer: AuroraClusterInstance, maxCapacity: Double) {
            guard reader.instance.kind == .serverlessV2, let writerSize = writer.instanceSize,
                  !Self.serverlessV2CanMatch(writerSize, maxCapacity: maxCapacity) else { return }
            Annotations.of(self).addWarningV2(
                "@aws-cdk/aws-rds:serverlessInstanceCantScaleWithWriter",
                "For high availability any serverless instances in promotion tiers 0-1 should be able to scale to match the provisioned instance capacity.\nServerless instance \(reader.node.id) is in promotion tier \(reader.tier),\nBut can not scale to match the provisioned writer instance (\(writerSize))")
        }

        /// The memory (GiB) of the `xlarge` size of the instance classes the AWS CDK knows.
        private static let xlargeMemory: [String: Double] = [
            "m5": 16, "m5d": 16, "m6g": 16, "t4g": 16, "t3": 16, "m4": 16, "r6g": 32, "r5": 32, "r5b": 32, "r5d": 32,
            "r4": 30.5, "x2g": 64, "x1e": 122, "x1": 61, "z1d": 32,
        ]

        /// Whether Serverless v2 at `maxCapacity` ACUs reaches the memory of `instanceSize` (`r5.2xlarge`).
        private static func serverlessV2CanMatch(_ instanceSize: String, maxCapacity: Double) -> Bool {
            let parts = instanceSize.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                let unsupported = ["db.r5.2xlarge.tpc2.mem8x", "db.r5.4xlarge.tpc2.mem3x", "db.r5.4xlarge.tpc2.mem4x",
                                   "db.r5.6xlarge.tpc2.mem4x", "db.r5.8xlarge.tpc2.mem3x", "db.r5.12xlarge.tpc2.mem2x"]
                return !unsupported.contains(instanceSize)
            }
            let (type, size) = (String(parts[0]), String(parts[1]))
            guard size.hasSuffix("xlarge") else { return true }
            // An unknown class has no memory on record: the comparison fails, as in the AWS CDK.
            guard let xlarge = xlargeMemory[type] else { return true }
            let multiple = size == "xlarge" ? 1 : Double(size.dropLast(6)) ?? .nan
            return !(multiple * xlarge > maxCapacity * 2)
        }

        /// The Serverless v2 capacities, checked as the AWS CDK checks them.
        private static func validateScaling(_ props: DatabaseClusterProps, at this: ConstructScope) throws {
            let (min, max) = (props.serverlessV2MinCapacity, props.serverlessV2MaxCapacity)
            if !(1...256).contains(max) {
                throw CDKError("ServerlessV2MaxCapacity", "serverlessV2MaxCapacity must be >= 1 & <= 256, got \(NumberText.display(max)).", at: this)
            }
            if !(0...256).contains(min) {
                throw CDKError("ServerlessV2MinCapacity", "serverlessV2MinCapacity must be >= 0 & <= 256, got \(NumberText.display(min)).", at: this)
            }
            if max < min {
                throw CDKError("ServerlessV2CapacityOrder", "serverlessV2MaxCapacity must be greater than serverlessV2MinCapacity, got min: \(NumberText.display(min)), max: \(NumberText.display(max)).", at: this)
            }
            if (min * 2).rounded() != min * 2 || (max * 2).rounded() != max * 2 {
                throw CDKError("ServerlessV2CapacitySteps", "serverlessV2MinCapacity & serverlessV2MaxCapacity must be in 0.5 step increments, received min: \(NumberText.display(min)), max: \(NumberText.display(max))", at: this)
            }
        }

        /// The cluster's identifier.
        public var clusterIdentifier: String { cfnDBCluster.ref }
        /// The cluster's immutable resource id (`cluster-...`), as IAM policies name it.
        public var clusterResourceIdentifier: String { cfnDBCluster.attrDbClusterResourceId }
        /// The cluster's ARN.
        public var clusterArn: String {
            stack.formatArn(ArnComponents(service: "rds", resource: "cluster", resourceName: clusterIdentifier, arnFormat: .colonResourceName))
        }
        /// The instances' identifiers, writer first.
        public var instanceIdentifiers: [String] { instances.map(\.instanceIdentifier) }
        /// The instances' endpoints, writer first.
        public var instanceEndpoints: [Endpoint] { instances.map { Endpoint(hostname: $0.dbInstanceEndpointAddress, port: clusterEndpoint.port) } }

        /// The cluster as a secret's attachment target.
        public func asSecretAttachmentTarget() -> SecretsManager.SecretAttachmentTargetProps {
            .init(targetId: clusterIdentifier, targetType: .rdsDBCluster)
        }

        /// Grants connecting as `dbUser` with IAM authentication (`rds-db:connect`).
        @discardableResult
        public func grantConnect(_ grantee: any IAM.Grantable, dbUser: String) throws -> IAM.Grant {
            try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["rds-db:connect"], resourceArns: [
                stack.formatArn(ArnComponents(service: "rds-db", resource: "dbuser", resourceName: "\(clusterResourceIdentifier)/\(dbUser)", arnFormat: .colonResourceName)),
            ])
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKRDS.RDS.DatabaseCluster") }
    }
}
