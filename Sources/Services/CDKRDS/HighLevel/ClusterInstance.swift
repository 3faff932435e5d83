import CDK
import CDKEC2

extension RDS {
    /// The options of a cluster instance (the AWS CDK's `ClusterInstanceOptions`, without
    /// Performance Insights, parameters and CA certificates).
    public struct ClusterInstanceOptions: Sendable {
        /// The instance's identifier.
        ///
        /// Default: one CloudFormation generates.
        public var instanceIdentifier: String?
        /// Whether minor engine versions are upgraded automatically.
        ///
        /// Default: no `AutoMinorVersionUpgrade` property (`true`).
        public var autoMinorVersionUpgrade: Bool?
        /// Whether major engine versions may be upgraded.
        ///
        /// Default: no `AllowMajorVersionUpgrade` property (`false`).
        public var allowMajorVersionUpgrade: Bool?
        /// Whether the instance is reachable from the internet.
        ///
        /// Default: with the cluster's `vpcSubnets` given, whether they are the public ones;
        /// otherwise no property.
        public var publiclyAccessible: Bool?
        /// The weekly maintenance window, `ddd:hh24:mi-ddd:hh24:mi` (UTC).
        ///
        /// Default: one RDS chooses.
        public var preferredMaintenanceWindow: String?

        /// Options with every member at its default.
        public init() {}
    }

    /// An instance of a database cluster: the writer or a reader (the AWS CDK's
    /// `ClusterInstance`). The cluster makes it as its child `id`.
    public struct ClusterInstance: Sendable {
        /// Aurora Serverless v2 (`db.serverless`) or provisioned.
        public enum Kind: Sendable, Equatable {
            /// Aurora Serverless v2: scales between the cluster's capacities.
            case serverlessV2
            /// A provisioned instance of this type (`db.` and the type).
            case provisioned(EC2.InstanceType)
        }

        /// The instance's id in the cluster.
        public let id: String
        /// What kind of instance it is.
        public let kind: Kind
        /// Its failover priority, 0 to 15 (the writer is 0).
        public let promotionTier: Int
        /// The options.
        public let options: ClusterInstanceOptions

        /// A provisioned instance of `instanceType` (default `t3.medium`), in promotion tier
        /// `promotionTier` (default 2).
        public static func provisioned(_ id: String, instanceType: EC2.InstanceType = .of(.t3, .medium), promotionTier: Int = 2,
                                       _ options: ClusterInstanceOptions = .init()) -> ClusterInstance {
            ClusterInstance(id: id, kind: .provisioned(instanceType), promotionTier: promotionTier, options: options)
        }

        /// An Aurora Serverless v2 instance: in promotion tier 1 when it scales with the
        /// writer (`scaleWithWriter`), otherwise 2.
        public static func serverlessV2(_ id: String, scaleWithWriter: Bool = false, _ options: ClusterInstanceOptions = .init()) -> ClusterInstance {
            ClusterInstance(id: id, kind: .serverlessV2, promotionTier: scaleWithWriter ? 1 : 2, options: options)
        }

        /// The instance class as RDS writes it.
        var instanceClass: String {
            switch kind {
            case .serverlessV2: "db.serverless"
            case .provisioned(let type): "db." + type.description
            }
        }
    }

    /// An instance of a cluster (`AWS::RDS::DBInstance`, child `Resource`), as the cluster binds
    /// a ``ClusterInstance``.
    public final class AuroraClusterInstance: Resource {
        /// What the instance was made from.
        public let instance: ClusterInstance
        /// Its promotion tier.
        public let tier: Int
        /// The instance's CloudFormation resource.
        public let cfnDBInstance: CfnDBInstance

        init(_ scope: Construct, _ instance: ClusterInstance, tier: Int, cluster: DatabaseCluster, removalPolicy: RemovalPolicy) throws {
            let this = try ConstructScope(scope, instance.id)
            if tier > 15 || tier < 0 {
                throw CDKError("PromotionTierRange", "promotionTier must be between 0-15, got \(tier).", at: this)
            }
            self.instance = instance
            self.tier = tier
            // As the AWS CDK: with subnets given, whether they are the public ones; otherwise unset.
            let isInPublicSubnet = cluster.vpcSubnets.map { $0.subnetType == .public }
            cfnDBInstance = try CfnDBInstance(this, "Resource")
            cfnDBInstance.engine = cluster.engine.engineType
            cfnDBInstance.dbClusterIdentifier = cluster.clusterIdentifier
            cfnDBInstance.promotionTier = Double(tier)
            cfnDBInstance.dbInstanceIdentifier = instance.options.instanceIdentifier
            cfnDBInstance.dbInstanceClass = instance.instanceClass
            cfnDBInstance.publiclyAccessible = instance.options.publiclyAccessible ?? isInPublicSubnet
            cfnDBInstance.preferredMaintenanceWindow = instance.options.preferredMaintenanceWindow
            cfnDBInstance.autoMinorVersionUpgrade = instance.options.autoMinorVersionUpgrade
            cfnDBInstance.allowMajorVersionUpgrade = instance.options.allowMajorVersionUpgrade
            // Instances of a destroyed or snapshotted cluster go with it; a retained cluster keeps them.
            cfnDBInstance.applyRemovalPolicy(removalPolicy == .retain ? .retain : .destroy)
            try super.init(this, physicalName: instance.options.instanceIdentifier)
            // Made in the right order: after the subnets can reach the internet.
            cfnDBInstance.node.addDependency(try cluster.vpc.selectSubnets(cluster.vpcSubnets ?? EC2.SubnetSelection()).internetConnectivityEstablished)
        }

        /// The instance type of a provisioned instance (`r6g.large`), `nil` for Serverless v2.
        public var instanceSize: String? {
            if case .provisioned(let type) = instance.kind { return type.description }
            return nil
        }

        /// The instance's identifier.
        public private(set) lazy var instanceIdentifier: String = getResourceNameAttribute(cfnDBInstance.ref)
        /// The instance's endpoint address.
        public var dbInstanceEndpointAddress: String { cfnDBInstance.attrEndpointAddress }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKRDS.RDS.AuroraClusterInstance") }
    }
}
