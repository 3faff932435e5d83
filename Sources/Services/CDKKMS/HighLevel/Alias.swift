import CDK
import CDKIAM

extension KMS {
    /// An alias of a KMS key (`AWS::KMS::Alias`); it can be used wherever the key is.
    public final class Alias: Resource, KeyRef {
        /// The alias name (`alias/data`).
        public let aliasName: String
        /// The key the alias points to.
        public let targetKey: any KeyRef
        /// The alias's CloudFormation resource.
        public let cfnAlias: CfnAlias

        /// An alias `props.aliasName` of `props.targetKey`.
        public init(_ scope: Construct, _ id: String, _ props: AliasProps, configure: (inout AliasProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            aliasName = try Self.validatedName(props.aliasName, at: this)
            targetKey = props.targetKey
            cfnAlias = try CfnAlias(this, "Resource", aliasName: aliasName, targetKeyId: targetKey.keyArn)
            if let removalPolicy = props.removalPolicy { cfnAlias.applyRemovalPolicy(removalPolicy) }
            try super.init(this, physicalName: aliasName)
        }

        /// `name` with the `alias/` prefix, checked as KMS checks alias names.
        private static func validatedName(_ name: String, at this: ConstructScope) throws -> String {
            if Token.isUnresolved(name) { return name }
            let prefixed = name.hasPrefix("alias/") ? name : "alias/" + name
            if prefixed == "alias/" {
                throw CDKError("InvalidAlias", "Alias must include a value after \"alias/\": \(name)", at: this)
            }
            if prefixed.hasPrefix("alias/aws/") {
                throw CDKError("InvalidAlias", "Alias cannot start with alias/aws/: \(name). That prefix is reserved for AWS managed keys.", at: this)
            }
            let allowed = prefixed.unicodeScalars.allSatisfy {
                $0.isASCIILetterOrDigit || ":/_-".unicodeScalars.contains($0)
            }
            if prefixed.count > 256 || !allowed {
                throw CDKError("InvalidAlias", "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-: \(name)", at: this)
            }
            return prefixed
        }

        /// The ARN of the alias.
        public var keyArn: String {
            stack.formatArn(ArnComponents(service: "kms", resource: aliasName))
        }
        /// The alias name, usable as a key id.
        public var keyId: String { aliasName }

        /// Aliases have no policy: statements go to the key.
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            try targetKey.addToResourcePolicy(statement)
        }

        /// Whether the target key trusts its account's IAM policies.
        public var trustAccountIdentities: Bool { targetKey.trustAccountIdentities }

        /// Grants `actions` on the target key, as the AWS CDK's alias does: the statements name
        /// the key's ARN, not the alias's (so do ``KMS/KeyRef/grantDecrypt(_:)`` and the other grants).
        @discardableResult
        public func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
            try targetKey.grant(grantee, actions: actions)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKKMS.KMS.Alias") }
    }
}
