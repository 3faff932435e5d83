import CDK
import CDKIAM

extension ApplicationAutoScaling {
    /// A resource capacity that Application Auto Scaling changes
    /// (`AWS::ApplicationAutoScaling::ScalableTarget`): on a schedule, or to keep a metric at a target.
    ///
    /// ```swift
    /// let target = try ApplicationAutoScaling.ScalableTarget(stack, "Reads", .init(
    ///     serviceNamespace: .dynamodb, resourceId: "table/orders",
    ///     scalableDimension: "dynamodb:table:ReadCapacityUnits", minCapacity: 5, maxCapacity: 100))
    /// try target.scaleToTrackMetric("Tracking", .init(targetValue: 70, predefinedMetric: .dynamoDBReadCapacityUtilization))
    /// ```
    ///
    /// Not supported yet: step scaling, custom metrics for target tracking, start and end times
    /// and time zones of scheduled actions, imports.
    public final class ScalableTarget: Resource {
        /// The role Application Auto Scaling uses: the one given, or one created for the target.
        public let role: any IAM.RoleRef
        /// The ARN of the role Application Auto Scaling uses.
        public let roleArn: String
        /// The target's CloudFormation resource.
        public let cfnScalableTarget: CfnScalableTarget
        private var scheduledActions: [CfnScalableTarget.ScheduledActionProperty] = []

        /// A scalable target; throws when a capacity is negative or `minCapacity` is above `maxCapacity`.
        public init(_ scope: Construct, _ id: String, _ props: ScalableTargetProps,
                    configure: (inout ScalableTargetProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            if props.maxCapacity < 0 {
                throw CDKError("MaxCapacityCannotNegative", "maxCapacity cannot be negative, got: \(props.maxCapacity)", at: this)
            }
            if props.minCapacity < 0 {
                throw CDKError("MinCapacityCannotNegative", "minCapacity cannot be negative, got: \(props.minCapacity)", at: this)
            }
            if props.maxCapacity < props.minCapacity {
                throw CDKError("MinCapacity", "minCapacity (\(props.minCapacity)) should be lower than maxCapacity (\(props.maxCapacity))", at: this)
            }
            role = try props.role ?? IAM.Role(this, "Role", .init(assumedBy: IAM.ServicePrincipal("application-autoscaling.amazonaws.com")))
            roleArn = role.roleArn
            cfnScalableTarget = try CfnScalableTarget(
                this, "Resource",
                maxCapacity: Double(props.maxCapacity),
                minCapacity: Double(props.minCapacity),
                resourceId: props.resourceId,
                roleArn: roleArn,
                scalableDimension: props.scalableDimension,
                serviceNamespace: props.serviceNamespace.rawValue)
            try super.init(this)
        }

        /// The target's id (`Ref`), which scaling policies name.
        public var scalableTargetId: String { cfnScalableTarget.ref }

        /// Adds a scheduled change of the bounds named `id`; throws unless it sets at least one bound.
        public func scaleOnSchedule(_ id: String, _ action: ScalingSchedule) throws {
            if action.minCapacity == nil && action.maxCapacity == nil {
                throw CDKError("SupplyLeastOneMinCapacity",
                               "You must supply at least one of minCapacity or maxCapacity, got a schedule of \(action.schedule.expressionString) only", at: self)
            }
            if let problem = ScheduleExpressionCheck.problem(action.schedule.expressionString, allowAt: true) {
                throw CDKError("InvalidScheduleExpression", "Scheduled action '\(id)': \(problem)", at: self)
            }
            action.schedule.bind(self)
            scheduledActions.append(.init(
                scalableTargetAction: .init(maxCapacity: action.maxCapacity.map(Double.init), minCapacity: action.minCapacity.map(Double.init)),
                schedule: action.schedule.expressionString,
                scheduledActionName: id))
            cfnScalableTarget.scheduledActions = scheduledActions
        }

        /// Adds a target tracking policy named `id` that keeps a metric at `props.targetValue`.
        @discardableResult
        public func scaleToTrackMetric(_ id: String, _ props: BasicTargetTrackingScalingPolicyProps,
                                       configure: (inout BasicTargetTrackingScalingPolicyProps) throws -> Void = { _ in }) throws -> TargetTrackingScalingPolicy {
            try TargetTrackingScalingPolicy(self, id, .init(scalingTarget: self, options: try props.with(configure, for: self, id)))
        }

        /// Adds `statement` to the policy of the target's role (nothing for an imported role that
        /// cannot be changed).
        public func addToRolePolicy(_ statement: IAM.PolicyStatement) throws {
            _ = try role.addToPrincipalPolicy(statement)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKApplicationAutoScaling.ApplicationAutoScaling.ScalableTarget") }
    }
}
