import CDK
import CDKIAM

extension ApplicationAutoScaling {
    /// The props of a ``ScalableTarget``: which capacity of which resource is scaled, and between
    /// which bounds.
    public struct ScalableTargetProps: ConstructProps {
        /// The service of the scaled resource.
        public var serviceNamespace: ServiceNamespace
        /// The resource, as the service names it (`table/<name>`, `service/<cluster>/<service>`).
        public var resourceId: String
        /// The scaled capacity (`dynamodb:table:ReadCapacityUnits`, `ecs:service:DesiredCount`).
        public var scalableDimension: String
        /// The lowest capacity scaling may set.
        public var minCapacity: Int
        /// The highest capacity scaling may set.
        public var maxCapacity: Int
        /// The role Application Auto Scaling uses to change the capacity.
        ///
        /// Default: a role created for the target (child `Role`), assumed by
        /// `application-autoscaling.amazonaws.com`.
        public var role: (any IAM.RoleRef)?

        /// Props of a target that scales `scalableDimension` of `resourceId` between `minCapacity`
        /// and `maxCapacity`.
        public init(serviceNamespace: ServiceNamespace, resourceId: String, scalableDimension: String,
                    minCapacity: Int, maxCapacity: Int) {
            self.serviceNamespace = serviceNamespace
            self.resourceId = resourceId
            self.scalableDimension = scalableDimension
            self.minCapacity = minCapacity
            self.maxCapacity = maxCapacity
        }
    }

    /// A scheduled change of a target's bounds (the AWS CDK's `ScalingSchedule`).
    public struct ScalingSchedule: ConstructProps, Sendable {
        /// When the change happens.
        public var schedule: Schedule
        /// The new lowest capacity.
        ///
        /// Default: the lowest capacity is left as it is (one of the two bounds is required).
        public var minCapacity: Int?
        /// The new highest capacity.
        ///
        /// Default: the highest capacity is left as it is (one of the two bounds is required).
        public var maxCapacity: Int?

        /// A change at `schedule`; set `minCapacity`, `maxCapacity` or both.
        public init(schedule: Schedule, minCapacity: Int? = nil, maxCapacity: Int? = nil) {
            self.schedule = schedule
            self.minCapacity = minCapacity
            self.maxCapacity = maxCapacity
        }
    }
}
