import CDK
import CDKIAM

extension ApplicationAutoScaling {
    /// The props of a ``BaseScalableAttribute``: which capacity it scales, with which role and
    /// between which bounds (the AWS CDK's `BaseScalableAttributeProps`).
    public struct BaseScalableAttributeProps: ConstructProps {
        /// The service of the scaled resource.
        public var serviceNamespace: ServiceNamespace
        /// The resource, as the service names it.
        public var resourceId: String
        /// The scaled capacity.
        public var dimension: String
        /// The role Application Auto Scaling uses.
        ///
        /// Default: a role created for the target.
        public var role: (any IAM.RoleRef)?
        /// The lowest capacity scaling may set.
        ///
        /// Default: 1.
        public var minCapacity: Int = 1
        /// The highest capacity scaling may set.
        public var maxCapacity: Int

        /// Props of an attribute that scales `dimension` of `resourceId` up to `maxCapacity`.
        public init(serviceNamespace: ServiceNamespace, resourceId: String, dimension: String, maxCapacity: Int) {
            self.serviceNamespace = serviceNamespace
            self.resourceId = resourceId
            self.dimension = dimension
            self.maxCapacity = maxCapacity
        }
    }

    /// The base of a service's scalable capacity (DynamoDB's read capacity, ...): a construct with
    /// a ``ScalableTarget`` child named `Target`, whose scaling methods the subclass exposes in
    /// the service's terms (the AWS CDK's `BaseScalableAttribute`).
    open class BaseScalableAttribute: Construct {
        /// The props the attribute was created with.
        public let props: BaseScalableAttributeProps
        /// The scalable target.
        public let target: ScalableTarget

        /// An attribute with its scalable target; throws on invalid bounds.
        public init(_ scope: Construct, _ id: String, _ props: BaseScalableAttributeProps) throws {
            self.props = props
            let this = try ConstructScope(scope, id)
            var targetProps = ScalableTargetProps(serviceNamespace: props.serviceNamespace, resourceId: props.resourceId,
                                                  scalableDimension: props.dimension, minCapacity: props.minCapacity,
                                                  maxCapacity: props.maxCapacity)
            targetProps.role = props.role
            target = try ScalableTarget(this, "Target", targetProps)
            try super.init(this)
        }

        /// Adds a scheduled change of the bounds (for subclasses).
        public func doScaleOnSchedule(_ id: String, _ action: ScalingSchedule) throws {
            try target.scaleOnSchedule(id, action)
        }

        /// Adds a target tracking policy (for subclasses).
        @discardableResult
        public func doScaleToTrackMetric(_ id: String, _ props: BasicTargetTrackingScalingPolicyProps) throws -> TargetTrackingScalingPolicy {
            try target.scaleToTrackMetric(id, props)
        }
    }
}
