import CDK

extension IAM {
    /// The options of ``Role/customizeRoles(_:_:)``.
    public struct CustomizeRolesOptions: ConstructProps {
        /// Whether roles (and their policies) are left out of the templates. With `false` the
        /// roles are still written, but their policies are not.
        ///
        /// Default: `true`.
        public var preventSynthesis = true
        /// The precreated role to use for each role of the scope, by the role's construct path:
        /// absolute (`MyStack/MyRole`) or relative to the scope (`MyRole`).
        ///
        /// Default: none (every role is reported as an error while `preventSynthesis` is on).
        public var usePrecreatedRoles: [String: String] = [:]

        /// Options with every member at its default.
        public init() {}
    }

    /// What the `@aws-cdk/iam:customizeRoles` context says for one role.
    struct CustomizeRolesConfig {
        /// Whether roles are customized at all.
        let enabled: Bool
        /// Whether roles are left out of the template.
        let preventSynthesis: Bool
        /// The name of the precreated role to use, if given.
        let precreatedRoleName: String?

        /// Whether customizing applies to `scope` (as the AWS CDK's `getCustomizeRolesConfig`).
        static func of(_ scope: Construct) -> CustomizeRolesConfig {
            guard let context = scope.node.tryGetContext(ContextKey.customizeRoles)?.objectValue else {
                return CustomizeRolesConfig(enabled: false, preventSynthesis: false, precreatedRoleName: nil)
            }
            return CustomizeRolesConfig(enabled: true, preventSynthesis: context["preventSynthesis"] != .bool(false), precreatedRoleName: nil)
        }

        /// The precreated role for the role at `rolePath` (by default `scope`'s path); reports
        /// a missing or unresolvable name as an error of `scope` (as the AWS CDK's
        /// `getPrecreatedRoleConfig`).
        static func forRole(_ scope: Construct, rolePath: String? = nil) -> CustomizeRolesConfig {
            let path = rolePath ?? scope.node.path
            guard let context = scope.node.tryGetContext(ContextKey.customizeRoles)?.objectValue else {
                return CustomizeRolesConfig(enabled: false, preventSynthesis: false, precreatedRoleName: nil)
            }
            if context["preventSynthesis"] == .bool(false) {
                return CustomizeRolesConfig(enabled: true, preventSynthesis: false, precreatedRoleName: nil)
            }
            if let name = context["usePrecreatedRoles"]?.objectValue?[path]?.stringValue {
                if !Token.isUnresolved(name) {
                    return CustomizeRolesConfig(enabled: true, preventSynthesis: true, precreatedRoleName: name)
                }
                Annotations.of(scope).addError("Cannot resolve precreated role name at path \"\(path)\". The value may be a token.")
            } else {
                Annotations.of(scope).addError("IAM Role is being created at path \"\(path)\" and customizeRoles.preventSynthesis is enabled. You must provide a precreated role name in customizeRoles.precreatedRoles")
            }
            return CustomizeRolesConfig(enabled: true, preventSynthesis: true, precreatedRoleName: nil)
        }
    }
}

extension IAM.Role {
    /// Replaces the roles of `scope` by roles created outside the app, for environments where
    /// apps may not create IAM roles: each role below `scope` uses the precreated role named
    /// for its path in `options.usePrecreatedRoles`, and is not written (nor are its policies);
    /// a role without a name there is an error. Call it before adding constructs to `scope`.
    ///
    /// ```swift
    /// try IAM.Role.customizeRoles(app) { $0.usePrecreatedRoles = ["MyStack/MyRole": "my-precreated-role"] }
    /// ```
    public static func customizeRoles(_ scope: Construct, _ options: IAM.CustomizeRolesOptions = IAM.CustomizeRolesOptions(),
                                      configure: (inout IAM.CustomizeRolesOptions) throws -> Void = { _ in }) throws {
        let options = try options.with(configure)
        var roles = JSONObject()
        for (path, name) in options.usePrecreatedRoles.sorted(by: { $0.key < $1.key }) {
            let absolute = path.hasPrefix(scope.node.path) ? path : scope.node.path + "/" + path
            roles[absolute] = .string(name)
        }
        try scope.node.setContext(IAM.ContextKey.customizeRoles, [
            "preventSynthesis": .bool(options.preventSynthesis),
            "usePrecreatedRoles": .object(roles),
        ])
    }
}
