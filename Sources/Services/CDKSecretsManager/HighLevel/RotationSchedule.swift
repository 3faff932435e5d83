import CDK
import CDKIAM
import CDKEvents
import CDKKMS
import CDKLambda

extension SecretsManager {
    /// How a secret is rotated, shared by ``RotationScheduleProps`` and
    /// ``SecretRef/addRotationSchedule(_:_:)`` (the AWS CDK's `RotationScheduleOptions`).
    /// Exactly one of ``rotationLambda`` and ``hostedRotation`` is set.
    public struct RotationScheduleOptions {
        /// A function that rotates the secret: Secrets Manager may invoke it, and it may read and
        /// write the secret and generate passwords.
        ///
        /// Default: none (give ``hostedRotation``).
        public var rotationLambda: (any Lambda.FunctionRef)?
        /// A rotation function that Secrets Manager makes and runs for a database.
        ///
        /// Default: none (give ``rotationLambda``).
        public var hostedRotation: HostedRotation?
        /// The time after a rotation before the next one: from 4 hours to 1,000 days; zero
        /// means no schedule (`RotationRules` is left out).
        ///
        /// Default: 30 days.
        public var automaticallyAfter: Duration?
        /// Whether the secret is rotated as soon as the schedule is deployed.
        ///
        /// Default: no `RotateImmediatelyOnUpdate` property (`true`).
        public var rotateImmediatelyOnUpdate: Bool?

        /// Options with every member at its default.
        public init() {}

        /// Rotation by `rotationLambda`.
        public init(rotationLambda: any Lambda.FunctionRef) {
            self.rotationLambda = rotationLambda
        }

        /// Rotation by `hostedRotation`.
        public init(hostedRotation: HostedRotation) {
            self.hostedRotation = hostedRotation
        }
    }

    /// The props of a ``RotationSchedule``.
    @dynamicMemberLookup
    public struct RotationScheduleProps: ConstructProps, ExtendingOptions {
        /// The secret to rotate. For hosted rotation, a secret that holds the database's
        /// connection details (`engine`, `host`, `username`, `password`), such as an attached one.
        public var secret: any SecretRef
        /// How it is rotated.
        public var options: RotationScheduleOptions

        /// Props that rotate `secret` as `options` say.
        public init(secret: any SecretRef, options: RotationScheduleOptions) {
            self.secret = secret
            self.options = options
        }
    }

    /// The rotation of a secret (`AWS::SecretsManager::RotationSchedule`). As in the AWS CDK, the
    /// secret's resource policy then denies its deletion to the account's principals.
    ///
    /// ```swift
    /// try secret.addRotationSchedule("Rotation", .init(rotationLambda: rotator))
    /// ```
    public final class RotationSchedule: Resource {
        /// The schedule's CloudFormation resource.
        public let cfnRotationSchedule: CfnRotationSchedule

        /// A rotation of `props.secret`.
        public init(_ scope: Construct, _ id: String, _ props: RotationScheduleProps,
                    configure: (inout RotationScheduleProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            if (props.rotationLambda == nil) == (props.hostedRotation == nil) {
                throw CDKError("OneRotation", "One of `rotationLambda` or `hostedRotation` must be specified. Give exactly one of them.", at: this)
            }
            let rules = try Self.rotationRules(after: props.automaticallyAfter, at: this)
            var permission: IAM.Grant?
            // As the AWS CDK: an imported function (without a resource of its own) gets no grants.
            if let function = props.rotationLambda, function.node.defaultChild != nil {
                permission = try Self.allow(function, toRotate: props.secret, in: try Stack.of(this))
            }
            cfnRotationSchedule = try CfnRotationSchedule(
                this, "Resource", hostedRotationLambda: try props.hostedRotation?.bind(to: props.secret, in: this),
                rotateImmediatelyOnUpdate: props.rotateImmediatelyOnUpdate, rotationLambdaArn: props.rotationLambda?.functionArn,
                rotationRules: rules, secretId: props.secret.secretArn)
            try super.init(this)
            if let permission { node.addDependency(permission) }
            try props.secret.denyAccountRootDelete()
        }

        /// Lets `function` rotate `secret`: Secrets Manager may invoke it (the returned
        /// permission), and it may read and write the secret, with its key, and generate passwords.
        private static func allow(_ function: any Lambda.FunctionRef, toRotate secret: any SecretRef, in stack: Stack) throws -> IAM.Grant {
            if let key = secret.encryptionKey {
                try key.grantEncryptDecrypt(SecretsManager.throughSecretsManager(function.grantPrincipal, in: stack))
            }
            let permission = try function.grantInvoke(IAM.ServicePrincipal("secretsmanager.amazonaws.com"))
            try function.addToRolePolicy(IAM.PolicyStatement(
                actions: ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"],
                resources: [secret.secretFullArn ?? secret.secretArn + "-??????"]))
            try function.addToRolePolicy(IAM.PolicyStatement(actions: ["secretsmanager:GetRandomPassword"], resources: ["*"]))
            return permission
        }

        /// `RotationRules` for a rotation every `after` (30 days when `nil`; none for zero).
        private static func rotationRules(after: Duration?, at this: ConstructScope) throws -> CfnRotationSchedule.RotationRulesProperty? {
            let interval = after ?? .days(30)
            let millis = try this.converting("automaticallyAfter") { try interval.toMilliseconds() }
            if millis == 0 { return nil }
            if millis < 4 * 3_600_000 {
                throw CDKError("RotationTooOften", "automaticallyAfter must not be smaller than 4 hours, got \(JSONWriter.formatNumber(millis / 3_600_000)) hours", at: this)
            }
            if millis > 1000 * 86_400_000 {
                throw CDKError("RotationTooRare", "automaticallyAfter must not be greater than 1000 days, got \(JSONWriter.formatNumber(millis / 86_400_000)) days", at: this)
            }
            return .init(scheduleExpression: try this.converting("automaticallyAfter") { try Events.Schedule.rate(interval).expressionString })
        }


        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSecretsManager.SecretsManager.RotationSchedule") }
    }
}

extension SecretsManager.SecretRef {
    /// Adds a rotation of this secret (child `id`).
    @discardableResult
    public func addRotationSchedule(_ id: String, _ options: SecretsManager.RotationScheduleOptions) throws -> SecretsManager.RotationSchedule {
        try SecretsManager.RotationSchedule(self, id, .init(secret: self, options: options))
    }
}
