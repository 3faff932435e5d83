import CDK

extension IAM {
    /// Sets or removes the permissions boundary of every IAM role and user in a scope, L1
    /// resources included (the AWS CDK's `iam.PermissionsBoundary`).
    ///
    /// ```swift
    /// IAM.PermissionsBoundary.of(stack).apply(boundary)
    /// IAM.PermissionsBoundary.of(adminRole).clear()
    /// ```
    public struct PermissionsBoundary {
        let scope: Construct

        /// The boundaries of `scope` and everything below it.
        public static func of(_ scope: Construct) -> PermissionsBoundary { PermissionsBoundary(scope: scope) }

        /// Makes `policy` the boundary of every role and user below the scope.
        public func apply(_ policy: any ManagedPolicyReference) {
            Aspects.of(scope).add(BoundaryAspect(policy), priority: priority)
        }

        /// Removes the boundary of every role and user below the scope.
        public func clear() {
            Aspects.of(scope).add(BoundaryAspect(nil), priority: priority)
        }

        private var priority: Int {
            FeatureFlags.of(scope).isEnabled(ContextKeys.aspectPrioritiesMutating) ? AspectPriority.mutating : AspectPriority.default
        }
    }

    /// Overrides (or, without a policy, deletes) the `PermissionsBoundary` of roles and users.
    private final class BoundaryAspect: Aspect {
        let policy: (any ManagedPolicyReference)?

        init(_ policy: (any ManagedPolicyReference)?) { self.policy = policy }

        func visit(_ node: Construct) throws {
            guard let resource = node as? CfnResource,
                  resource.cfnResourceType == "AWS::IAM::Role" || resource.cfnResourceType == "AWS::IAM::User" else { return }
            if let policy {
                resource.addPropertyOverride("PermissionsBoundary", .string(policy.managedPolicyArn))
            } else {
                resource.addPropertyDeletionOverride("PermissionsBoundary")
            }
        }
    }
}
