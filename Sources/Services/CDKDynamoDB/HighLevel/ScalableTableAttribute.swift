import CDK
import CDKApplicationAutoScaling
import CDKIAM

extension DynamoDB {
    /// The bounds of an auto-scaled capacity (the AWS CDK's `EnableScalingProps`).
    public struct EnableScalingProps: ConstructProps, Sendable {
        /// The lowest capacity.
        public var minCapacity: Int
        /// The highest capacity.
        public var maxCapacity: Int

        /// Scaling between `minCapacity` and `maxCapacity`.
        public init(minCapacity: Int, maxCapacity: Int) {
            self.minCapacity = minCapacity
            self.maxCapacity = maxCapacity
        }
    }

    /// Scaling that keeps a capacity's utilization at a percentage (the AWS CDK's
    /// `UtilizationScalingProps`). It extends `ApplicationAutoScaling.BaseTargetTrackingProps`.
    public struct UtilizationScalingProps: ConstructProps, ExtendingOptions, Sendable {
        /// The utilization to keep, from 10 to 90 percent.
        public var targetUtilizationPercent: Double
        /// Policy name, scale-in and cooldowns.
        public var options = ApplicationAutoScaling.BaseTargetTrackingProps()

        /// Scaling to keep `targetUtilizationPercent` percent of the capacity used.
        public init(targetUtilizationPercent: Double) {
            self.targetUtilizationPercent = targetUtilizationPercent
        }
    }

    /// The read or write capacity of a table or global index, scaled by Application Auto Scaling
    /// (the AWS CDK's `IScalableTableAttribute`): returned by ``Table/autoScaleReadCapacity(_:)``
    /// and its siblings, it scales on a schedule or to keep a utilization.
    public final class ScalableTableAttribute: ApplicationAutoScaling.BaseScalableAttribute {
        /// Whether a schedule or a utilization policy was added (a global table needs one on its writes).
        public private(set) var scalingPolicyCreated = false

        init(_ scope: Construct, _ id: String, dimension: String, resourceId: String, role: any IAM.RoleRef,
             _ props: EnableScalingProps) throws {
            var attribute = ApplicationAutoScaling.BaseScalableAttributeProps(serviceNamespace: .dynamodb, resourceId: resourceId,
                                                                              dimension: dimension, maxCapacity: props.maxCapacity)
            attribute.minCapacity = props.minCapacity
            attribute.role = role
            try super.init(scope, id, attribute)
        }

        /// Adds a scheduled change of the capacity's bounds named `id`.
        public func scaleOnSchedule(_ id: String, _ action: ApplicationAutoScaling.ScalingSchedule) throws {
            scalingPolicyCreated = true
            try doScaleOnSchedule(id, action)
        }

        /// Adds the target tracking policy `Tracking` that keeps the capacity's utilization at
        /// `targetUtilizationPercent`; throws unless it is 10 to 90.
        public func scaleOnUtilization(_ props: UtilizationScalingProps,
                                       configure: (inout UtilizationScalingProps) throws -> Void = { _ in }) throws {
            let props = try CDKError.attributing(to: self) { try props.with(configure) }
            if !(props.targetUtilizationPercent >= 10 && props.targetUtilizationPercent <= 90) {
                throw CDKError("RangeError", "targetUtilizationPercent for DynamoDB scaling must be between 10 and 90 percent, got: \(NumberText.display(props.targetUtilizationPercent))", at: self)
            }
            scalingPolicyCreated = true
            let metric: ApplicationAutoScaling.PredefinedMetric = self.props.dimension.contains("ReadCapacity")
                ? .dynamoDBReadCapacityUtilization : .dynamoDBWriteCapacityUtilization
            var tracking = ApplicationAutoScaling.BasicTargetTrackingScalingPolicyProps(targetValue: props.targetUtilizationPercent, predefinedMetric: metric)
            tracking.options = props.options
            try doScaleToTrackMetric("Tracking", tracking)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKDynamoDB.DynamoDB.ScalableTableAttribute") }
    }

    /// The scaled read and write capacities of a table or of one of its global indexes.
    struct ScalingPair {
        /// Which of the two capacities.
        enum Capacity: String {
            case read = "Read"
            case write = "Write"
        }

        var read: ScalableTableAttribute?
        var write: ScalableTableAttribute?

        subscript(capacity: Capacity) -> ScalableTableAttribute? {
            get { capacity == .read ? read : write }
            set { if capacity == .read { read = newValue } else { write = newValue } }
        }
    }
}
