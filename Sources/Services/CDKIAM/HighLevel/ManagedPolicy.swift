import CDK

extension IAM {
    /// A managed policy that can be attached to roles: one of AWS's, by name or ARN, or one
    /// defined in the app (the AWS CDK's `IManagedPolicy`).
    public protocol ManagedPolicyReference {
        /// The policy's ARN.
        var managedPolicyArn: String { get }
    }

    /// An existing managed policy.
    public struct ManagedPolicyArn: ManagedPolicyReference {
        /// The policy's ARN.
        public let managedPolicyArn: String
    }

    /// A customer managed policy (`AWS::IAM::ManagedPolicy`) defined in the app.
    public final class ManagedPolicy: Resource, ManagedPolicyReference {
        /// The policy document; statements added later are included.
        public let document: PolicyDocument
        /// The policy's CloudFormation resource.
        public let cfnManagedPolicy: CfnManagedPolicy

        /// A managed policy with `props.statements`.
        public init(_ scope: Construct, _ id: String, _ props: ManagedPolicyProps = ManagedPolicyProps(),
                    configure: (inout ManagedPolicyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            document = props.document ?? PolicyDocument()
            document.addStatements(props.statements)
            // The AWS CDK always writes a description and a path.
            cfnManagedPolicy = try CfnManagedPolicy(this, "Resource", description: props.description ?? "",
                                                    managedPolicyName: props.managedPolicyName, path: props.path ?? "/",
                                                    policyDocument: document.jsonValue)
            try super.init(this, physicalName: props.managedPolicyName)
            node.addValidation { [unowned self] in
                (self.document.isEmpty ? ["Managed Policy is empty. You must add statements to the policy"] : [])
                    + self.document.validateForIdentityPolicy()
            }
        }

        /// The policy's ARN (`Ref`).
        public var managedPolicyArn: String { cfnManagedPolicy.ref }

        /// Adds statements.
        public func addStatements(_ statements: PolicyStatement...) { document.addStatements(statements) }

        /// An AWS managed policy by name (`service-role/AWSLambdaBasicExecutionRole`):
        /// `arn:<partition>:iam::aws:policy/<name>`.
        public static func fromAwsManagedPolicyName(_ name: String) -> any ManagedPolicyReference {
            ManagedPolicyArn(managedPolicyArn: "arn:\(Aws.partition):iam::aws:policy/\(name)")
        }

        /// An existing managed policy by ARN.
        public static func fromManagedPolicyArn(_ arn: String) -> any ManagedPolicyReference {
            ManagedPolicyArn(managedPolicyArn: arn)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKIAM.IAM.ManagedPolicy") }
    }
}
