import CDK
import CDKIAM

extension KMS {
    /// A customer managed KMS key (`AWS::KMS::Key`). Its key policy lets the account's IAM
    /// policies grant access (the AWS CDK v2 default); grants to principals without a policy
    /// or in other accounts add key policy statements.
    ///
    /// ```swift
    /// let key = try KMS.Key(stack, "Data") { $0.enableKeyRotation = true; $0.alias = "alias/data" }
    /// try key.grantEncryptDecrypt(role)
    /// ```
    public final class Key: Resource, KeyRef {
        /// The key policy; statements added later are included.
        public let policy: IAM.PolicyDocument
        private var aliases: [Alias] = []
        /// The key's CloudFormation resource.
        public let cfnKey: CfnKey

        /// A key.
        public init(_ scope: Construct, _ id: String, _ props: KeyProps = KeyProps(),
                    configure: (inout KeyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            let stack = try Stack.of(this)
            try FeatureFlags.of(this).refuseIfExpiredAndSet("@aws-cdk/aws-kms:defaultKeyPolicies")
            var pendingDays: Double?
            if let pendingWindow = props.pendingWindow {
                let days = try this.converting("pendingWindow") { try pendingWindow.toDays() }
                if !Token.isUnresolved(days) && !(7...30).contains(days) {
                    throw CDKError("InvalidPendingWindow", "'pendingWindow' value must between 7 and 30 days. Received: \(NumberText.display(days))", at: this)
                }
                pendingDays = days
            }
            if props.trustAccountIdentities == false {
                throw CDKError("TrustAccountIdentitiesCannotBeFalseWithDefaultKeyPolicies",
                               "`trustAccountIdentities` cannot be false if the @aws-cdk/aws-kms:defaultKeyPolicies feature flag is set; leave it unset (the AWS CDK v2 always trusts the account)", at: this)
            }
            policy = props.policy ?? IAM.PolicyDocument()
            // Without a policy of the user's, the account root may do everything, so IAM policies
            // in the account can grant access.
            if props.policy == nil {
                policy.addStatements(IAM.PolicyStatement(actions: ["kms:*"], resources: ["*"],
                                                     principals: [IAM.ArnPrincipal("arn:\(stack.partition):iam::\(stack.account):root")]))
            }
            cfnKey = try CfnKey(this, "Resource", description: props.description, enableKeyRotation: props.enableKeyRotation,
                                enabled: props.enabled, keyPolicy: policy.jsonValue, keySpec: props.keySpec, keyUsage: props.keyUsage,
                                pendingWindowInDays: pendingDays)
            cfnKey.applyRemovalPolicy(props.removalPolicy)
            try super.init(this)
            if let alias = props.alias { try addAlias(alias) }
            node.addValidation { [unowned self] in self.policy.validateForResourcePolicy() }
        }

        /// The key's ARN.
        public var keyArn: String { cfnKey.attrArn }
        /// The key's id.
        public var keyId: String { cfnKey.ref }

        /// Adds a statement to the key policy.
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            policy.addStatements(statement)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: self)
        }

        /// Adds an alias (`alias/...`) for the key.
        @discardableResult
        public func addAlias(_ aliasName: String) throws -> Alias {
            let alias = try Alias(self, aliases.isEmpty ? "Alias" : "Alias\(aliasName)", .init(aliasName: aliasName, targetKey: self))
            aliases.append(alias)
            return alias
        }

        /// A key defined outside the app, by ARN.
        public static func fromKeyArn(_ scope: Construct, _ id: String, keyArn: String) throws -> any KeyRef {
            try ImportedKey(scope, id, keyArn: keyArn)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKKMS.KMS.Key") }
    }

    /// A key known by ARN; grants only change the grantee's policy.
    final class ImportedKey: Resource, KeyRef {
        let keyArn: String

        init(_ scope: Construct, _ id: String, keyArn: String) throws {
            self.keyArn = keyArn
            var account: String?
            var region: String?
            if !Token.isUnresolved(keyArn) {
                let parts = try Arn.split(keyArn, format: .slashResourceName)
                account = parts.account
                region = parts.region
            }
            try super.init(scope, id, account: account, region: region)
        }

        var keyId: String {
            Token.isUnresolved(keyArn) ? Fn.select(1, Fn.split("/", keyArn)) : String(keyArn.split(separator: "/").last ?? "")
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            IAM.AddToResourcePolicyResult(statementAdded: false)
        }
    }
}
