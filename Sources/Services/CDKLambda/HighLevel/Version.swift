import CDK
import CDKIAM

extension Lambda {
    /// A published version of a function (`AWS::Lambda::Version`).
    public final class Version: Resource {
        /// The function the version belongs to.
        public let lambda: any FunctionRef
        private var resource: CfnVersion!

        /// A version of `lambda`.
        public init(_ scope: Construct, _ id: String, lambda: any FunctionRef, description: String? = nil,
                    codeSha256: String? = nil, provisionedConcurrentExecutions: Double? = nil,
                    removalPolicy: RemovalPolicy? = nil) throws {
            self.lambda = lambda
            try super.init(scope, id)
            resource = try CfnVersion(self, "Resource", codeSha256: codeSha256, description: description, functionName: lambda.functionName,
                                      provisionedConcurrencyConfig: provisionedConcurrentExecutions.map {
                                          CfnVersion.ProvisionedConcurrencyConfigurationProperty(provisionedConcurrentExecutions: $0)
                                      })
            if let removalPolicy { resource.applyRemovalPolicy(removalPolicy) }
            // As in the AWS CDK: versions are never moved by `cdk refactor`.
            resource.cfnOptions.metadata["aws:cdk:do-not-refactor"] = true
        }

        /// The version's CloudFormation resource.
        public var cfnVersion: CfnVersion { resource }
        /// The version number.
        public var version: String { resource.attrVersion }
        /// The ARN of the version.
        public var functionArn: String { resource.ref }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.Version") }
    }

    /// A named pointer to a version (`AWS::Lambda::Alias`).
    public final class Alias: Resource {
        /// The version the alias points to.
        public let version: Version
        /// The alias name.
        public let aliasName: String
        private var resource: CfnAlias!

        /// An alias `aliasName` of `version`.
        public init(_ scope: Construct, _ id: String, aliasName: String, version: Version, description: String? = nil,
                    provisionedConcurrentExecutions: Double? = nil) throws {
            self.version = version
            self.aliasName = aliasName
            try super.init(scope, id, physicalName: aliasName)
            resource = try CfnAlias(self, "Resource", description: description, functionName: version.lambda.functionName,
                                    functionVersion: version.version, name: aliasName,
                                    provisionedConcurrencyConfig: provisionedConcurrentExecutions.map {
                                        CfnAlias.ProvisionedConcurrencyConfigurationProperty(provisionedConcurrentExecutions: $0)
                                    })
        }

        /// The alias's CloudFormation resource.
        public var cfnAlias: CfnAlias { resource }
        /// The ARN of the alias.
        public var aliasArn: String { resource.ref }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.Alias") }
    }

    /// A function known by ARN.
    final class ImportedFunction: Resource, FunctionRef {
        let functionArn: String
        let functionName: String
        let role: IAM.Role?
        private let principal: any IAM.Principal

        init(_ scope: Construct, _ id: String, functionArn: String, role: IAM.Role?) throws {
            self.functionArn = functionArn
            self.role = role
            var account: String?
            var region: String?
            if Token.isUnresolved(functionArn) {
                functionName = Fn.select(6, Fn.split(":", functionArn))
            } else {
                let parts = try Arn.split(functionArn, format: .colonResourceName)
                functionName = parts.resourceName ?? ""
                account = parts.account
                region = parts.region
            }
            principal = role ?? IAM.ArnPrincipal(functionArn)
            try super.init(scope, id, account: account, region: region)
        }

        var grantPrincipal: any IAM.Principal { principal }

        /// Permissions can be added when the function is in the stack's account (or unknown).
        var canCreatePermissions: Bool {
            Token.isUnresolved(environment.account) || Token.isUnresolved(stack.account) || environment.account == stack.account
        }
    }
}
