import CDK
import CDKIAM

extension KMS {
    /// An alias of a KMS key (`AWS::KMS::Alias`); it can be used wherever the key is.
    public final class Alias: Resource, KeyRef {
        /// The alias name (`alias/data`).
        public let aliasName: String
        /// The key the alias points to.
        public let targetKey: any KeyRef
        private var resource: CfnAlias!

        /// An alias `aliasName` (which must start with `alias/`) of `targetKey`.
        public init(_ scope: Construct, _ id: String, aliasName: String, targetKey: any KeyRef, removalPolicy: RemovalPolicy? = nil) throws {
            var name = aliasName
            if !Token.isUnresolved(aliasName) {
                if !name.hasPrefix("alias/") { name = "alias/" + name }
                if name == "alias/" {
                    throw CDKError(code: "InvalidAlias", message: "Alias must include a value after \"alias/\": \(aliasName)", path: scope.node.path + "/" + id)
                }
                if name.hasPrefix("alias/aws/") {
                    throw CDKError(code: "InvalidAlias", message: "Alias cannot start with alias/aws/: \(aliasName). That prefix is reserved for AWS managed keys.", path: scope.node.path + "/" + id)
                }
                if name.count > 256 {
                    throw CDKError(code: "InvalidAlias", message: "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-: \(aliasName)", path: scope.node.path + "/" + id)
                }
                if !name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || ":/_-".unicodeScalars.contains($0) }) {
                    throw CDKError(code: "InvalidAlias", message: "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-: \(aliasName)", path: scope.node.path + "/" + id)
                }
            }
            self.aliasName = name
            self.targetKey = targetKey
            try super.init(scope, id, physicalName: name)
            resource = try CfnAlias(self, "Resource", aliasName: name, targetKeyId: targetKey.keyArn)
            if let removalPolicy { resource.applyRemovalPolicy(removalPolicy) }
        }

        /// The alias's CloudFormation resource.
        public var cfnAlias: CfnAlias { resource }
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

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKKMS.KMS.Alias") }
    }
}
