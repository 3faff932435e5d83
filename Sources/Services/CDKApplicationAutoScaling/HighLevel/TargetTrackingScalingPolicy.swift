import CDK

extension ApplicationAutoScaling {
    /// What every target tracking policy has (the AWS CDK's `BaseTargetTrackingProps`).
    public struct BaseTargetTrackingProps: ConstructProps, Sendable {
        /// The policy's name.
        ///
        /// Default: the policy's unique id.
        public var policyName: String?
        /// Whether the policy never lowers the capacity.
        ///
        /// Default: no `DisableScaleIn` property (scales in).
        public var disableScaleIn: Bool?
        /// How long after a scale-in the next scale-in may start.
        ///
        /// Default: no `ScaleInCooldown` property (the service's default).
        public var scaleInCooldown: Duration?
        /// How long after a scale-out the next scale-out may start.
        ///
        /// Default: no `ScaleOutCooldown` property (the service's default).
        public var scaleOutCooldown: Duration?

        /// Options; each one left `nil` takes its default.
        public init(policyName: String? = nil, disableScaleIn: Bool? = nil, scaleInCooldown: Duration? = nil,
                    scaleOutCooldown: Duration? = nil) {
            self.policyName = policyName
            self.disableScaleIn = disableScaleIn
            self.scaleInCooldown = scaleInCooldown
            self.scaleOutCooldown = scaleOutCooldown
        }
    }

    /// A target tracking policy without its target (the AWS CDK's
    /// `BasicTargetTrackingScalingPolicyProps`). It extends ``BaseTargetTrackingProps``.
    public struct BasicTargetTrackingScalingPolicyProps: ConstructProps, ExtendingOptions, Sendable {
        /// The value the policy keeps the metric at.
        public var targetValue: Double
        /// The predefined metric the policy tracks (required while custom metrics are not supported).
        ///
        /// Default: none; creating the policy fails without it.
        public var predefinedMetric: PredefinedMetric?
        /// The resource label of `ALBRequestCountPerTarget` (`app/<load-balancer>/<id>/targetgroup/<name>/<id>`).
        ///
        /// Default: no `ResourceLabel` property.
        public var resourceLabel: String?
        /// Name, scale-in and cooldowns.
        public var options = BaseTargetTrackingProps()

        /// A policy that keeps `predefinedMetric` at `targetValue`.
        public init(targetValue: Double, predefinedMetric: PredefinedMetric? = nil) {
            self.targetValue = targetValue
            self.predefinedMetric = predefinedMetric
        }
    }

    /// The props of a ``TargetTrackingScalingPolicy``. They extend ``BasicTargetTrackingScalingPolicyProps``.
    public struct TargetTrackingScalingPolicyProps: ConstructProps, ExtendingOptions {
        /// The target whose capacity the policy changes.
        public var scalingTarget: ScalableTarget
        /// Metric, target value and options.
        public var options: BasicTargetTrackingScalingPolicyProps

        /// Props of a policy on `scalingTarget`.
        public init(scalingTarget: ScalableTarget, options: BasicTargetTrackingScalingPolicyProps) {
            self.scalingTarget = scalingTarget
            self.options = options
        }
    }

    /// A policy that changes a target's capacity to keep a metric at a value
    /// (`AWS::ApplicationAutoScaling::ScalingPolicy` of type `TargetTrackingScaling`).
    public final class TargetTrackingScalingPolicy: Construct {
        /// The policy's CloudFormation resource.
        public let cfnScalingPolicy: CfnScalingPolicy

        /// A target tracking policy; throws without a metric to track.
        public init(_ scope: Construct, _ id: String, _ props: TargetTrackingScalingPolicyProps,
                    configure: (inout TargetTrackingScalingPolicyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            guard let metric = props.predefinedMetric else {
                throw CDKError("ExactlyOneCustomMetricPredefined", "Exactly one of 'customMetric' or 'predefinedMetric' must be specified.", at: this)
            }
            if !Token.isUnresolved(props.targetValue) && !props.targetValue.isFinite {
                throw CDKError("InvalidTargetValue", "targetValue must be a finite number, got: \(NumberText.display(props.targetValue)).", at: this)
            }
            cfnScalingPolicy = try CfnScalingPolicy(
                this, "Resource",
                policyName: try props.policyName ?? Names.nodeUniqueId(this),
                policyType: "TargetTrackingScaling",
                scalingTargetId: props.scalingTarget.scalableTargetId,
                targetTrackingScalingPolicyConfiguration: .init(
                    disableScaleIn: props.disableScaleIn,
                    predefinedMetricSpecification: .init(predefinedMetricType: metric.rawValue, resourceLabel: props.resourceLabel),
                    scaleInCooldown: try this.converting("scaleInCooldown") { try props.scaleInCooldown?.toSeconds() },
                    scaleOutCooldown: try this.converting("scaleOutCooldown") { try props.scaleOutCooldown?.toSeconds() },
                    targetValue: props.targetValue))
            try super.init(this)
        }

        /// The policy's ARN (`Ref`).
        public var scalingPolicyArn: String { cfnScalingPolicy.ref }

        public override var constructInfo: ConstructInfo {
            ConstructInfo(fqn: "CDKApplicationAutoScaling.ApplicationAutoScaling.TargetTrackingScalingPolicy")
        }
    }

    /// A metric Application Auto Scaling defines for target tracking (the AWS CDK's `PredefinedMetric`).
    public enum PredefinedMetric: String, Sendable {
        /// Average capacity utilization of an AppStream fleet.
        case appStreamAverageCapacityUtilization = "AppStreamAverageCapacityUtilization"
        /// Read capacity utilization of a Keyspaces table.
        case cassandraReadCapacityUtilization = "CassandraReadCapacityUtilization"
        /// Write capacity utilization of a Keyspaces table.
        case cassandraWriteCapacityUtilization = "CassandraWriteCapacityUtilization"
        /// Inference utilization of a Comprehend endpoint.
        case comprehendInferenceUtilization = "ComprehendInferenceUtilization"
        /// Average CPU utilization of Neptune readers.
        case neptuneReaderAverageCPUUtilization = "NeptuneReaderAverageCPUUtilization"
        /// Read capacity utilization of a DynamoDB table or index.
        case dynamoDBReadCapacityUtilization = "DynamoDBReadCapacityUtilization"
        /// Write capacity utilization of a DynamoDB table or index.
        case dynamoDBWriteCapacityUtilization = "DynamoDBWriteCapacityUtilization"
        /// Requests per target of an Application Load Balancer target group (needs `resourceLabel`).
        case albRequestCountPerTarget = "ALBRequestCountPerTarget"
        /// Average CPU utilization of Aurora replicas.
        case rdsReaderAverageCPUUtilization = "RDSReaderAverageCPUUtilization"
        /// Average connections to Aurora replicas.
        case rdsReaderAverageDatabaseConnections = "RDSReaderAverageDatabaseConnections"
        /// Average CPU utilization of a Spot Fleet.
        case ec2SpotFleetRequestAverageCPUUtilization = "EC2SpotFleetRequestAverageCPUUtilization"
        /// Average incoming bytes of a Spot Fleet.
        case ec2SpotFleetRequestAverageNetworkIn = "EC2SpotFleetRequestAverageNetworkIn"
        /// Average outgoing bytes of a Spot Fleet.
        case ec2SpotFleetRequestAverageNetworkOut = "EC2SpotFleetRequestAverageNetworkOut"
        /// Invocations per instance of a SageMaker variant.
        case sageMakerVariantInvocationsPerInstance = "SageMakerVariantInvocationsPerInstance"
        /// Provisioned concurrency utilization of a SageMaker variant.
        case sageMakerVariantProvisionedConcurrencyUtilization = "SageMakerVariantProvisionedConcurrencyUtilization"
        /// Invocations per copy of a SageMaker inference component.
        case sageMakerInferenceComponentInvocationsPerCopy = "SageMakerInferenceComponentInvocationsPerCopy"
        /// Average CPU utilization of an ECS service.
        case ecsServiceAverageCPUUtilization = "ECSServiceAverageCPUUtilization"
        /// Average memory utilization of an ECS service.
        case ecsServiceAverageMemoryUtilization = "ECSServiceAverageMemoryUtilization"
        /// Provisioned concurrency utilization of a Lambda alias or version.
        case lambdaProvisionedConcurrencyUtilization = "LambdaProvisionedConcurrencyUtilization"
        /// Broker storage utilization of an MSK cluster.
        case kafkaBrokerStorageUtilization = "KafkaBrokerStorageUtilization"
        /// CPU utilization of ElastiCache primaries.
        case elastiCachePrimaryEngineCPUUtilization = "ElastiCachePrimaryEngineCPUUtilization"
        /// CPU utilization of ElastiCache replicas.
        case elastiCacheReplicaEngineCPUUtilization = "ElastiCacheReplicaEngineCPUUtilization"
    }
}
