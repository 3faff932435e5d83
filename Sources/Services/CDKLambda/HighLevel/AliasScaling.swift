import CDK
import CDKApplicationAutoScaling
import CDKIAM

extension Lambda {
    /// The bounds of an alias's provisioned concurrency under autoscaling (the AWS CDK's
    /// `AutoScalingOptions`).
    public struct AutoScalingOptions: ConstructProps, Sendable {
        /// The lowest provisioned concurrency scaling may set.
        ///
        /// Default: 1.
        public var minCapacity: Int?
        /// The highest provisioned concurrency scaling may set.
        public var maxCapacity: Int

        /// Scaling up to `maxCapacity`, down to `minCapacity` (1 when `nil`).
        public init(maxCapacity: Int, minCapacity: Int? = nil) {
            self.maxCapacity = maxCapacity
            self.minCapacity = minCapacity
        }
    }

    /// Scaling that keeps the share of the provisioned concurrency in use at a target (the AWS
    /// CDK's `UtilizationScalingOptions`). It extends `ApplicationAutoScaling.BaseTargetTrackingProps`.
    public struct UtilizationScalingOptions: ConstructProps, ExtendingOptions, Sendable {
        /// The share of the provisioned concurrency to keep in use, 0.1 to 0.9 (0.5 is half).
        public var utilizationTarget: Double
        /// Policy name, scale-in and cooldowns.
        public var options = ApplicationAutoScaling.BaseTargetTrackingProps()

        /// Scaling to keep `utilizationTarget` of the provisioned concurrency in use.
        public init(utilizationTarget: Double) {
            self.utilizationTarget = utilizationTarget
        }
    }

    /// The provisioned concurrency of an alias, scaled by Application Auto Scaling (the AWS CDK's
    /// `IScalableFunctionAttribute`): returned by ``Alias/addAutoScaling(_:)``, it scales on a
    /// schedule or to keep a utilization.
    ///
    /// ```swift
    /// let scaling = try live.addAutoScaling(.init(maxCapacity: 50, minCapacity: 5))
    /// try scaling.scaleOnUtilization(.init(utilizationTarget: 0.7))
    /// ```
    public final class ScalableFunctionAttribute: ApplicationAutoScaling.BaseScalableAttribute {
        init(_ scope: Construct, _ id: String, resourceId: String, role: any IAM.RoleRef, _ options: AutoScalingOptions) throws {
            var attribute = ApplicationAutoScaling.BaseScalableAttributeProps(
                serviceNamespace: .lambda, resourceId: resourceId, dimension: "lambda:function:ProvisionedConcurrency",
                maxCapacity: options.maxCapacity)
            attribute.minCapacity = options.minCapacity ?? 1
            attribute.role = role
            try super.init(scope, id, attribute)
        }

        /// Adds the target tracking policy `Tracking` that keeps the metric
        /// `LambdaProvisionedConcurrencyUtilization` at `utilizationTarget`; throws unless it is
        /// 0.1 to 0.9 (a token is not checked).
        public func scaleOnUtilization(_ options: UtilizationScalingOptions,
                                       configure: (inout UtilizationScalingOptions) throws -> Void = { _ in }) throws {
            let options = try CDKError.attributing(to: self) { try options.with(configure) }
            let target = options.utilizationTarget
            if !Token.isUnresolved(target) && !(target >= 0.1 && target <= 0.9) {
                throw CDKError("InvalidUtilizationTarget",
                               "Utilization Target should be between 0.1 and 0.9. Found \(NumberText.display(target)).", at: self)
            }
            var tracking = ApplicationAutoScaling.BasicTargetTrackingScalingPolicyProps(
                targetValue: target, predefinedMetric: .lambdaProvisionedConcurrencyUtilization)
            tracking.options = options.options
            try doScaleToTrackMetric("Tracking", tracking)
        }

        /// Adds a scheduled change of the provisioned concurrency's bounds named `id`.
        public func scaleOnSchedule(_ id: String, _ action: ApplicationAutoScaling.ScalingSchedule) throws {
            try doScaleOnSchedule(id, action)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.ScalableFunctionAttribute") }
    }
}

extension Lambda.Alias {
    /// Scales the alias's provisioned concurrency between `options`' bounds (child
    /// `AliasScaling`, whose scalable target names the resource `function:<function
    /// name>:<alias name>`); throws when the alias is scaled already.
    @discardableResult
    public func addAutoScaling(_ options: Lambda.AutoScalingOptions) throws -> Lambda.ScalableFunctionAttribute {
        if scalableAlias != nil {
            throw CDKError("AutoScalingAlreadyEnabled", "AutoScaling already enabled for this alias", at: self)
        }
        let attribute = try Lambda.ScalableFunctionAttribute(self, "AliasScaling", resourceId: "function:\(functionName)",
                                                             role: scalingRole, options)
        scalableAlias = attribute
        return attribute
    }

    /// Scales the alias's provisioned concurrency from `minCapacity` (1 when `nil`) to
    /// `maxCapacity`: ``addAutoScaling(_:)`` with these bounds.
    @discardableResult
    public func addAutoScaling(maxCapacity: Int, minCapacity: Int? = nil) throws -> Lambda.ScalableFunctionAttribute {
        try addAutoScaling(.init(maxCapacity: maxCapacity, minCapacity: minCapacity))
    }
}
