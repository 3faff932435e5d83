import CDK

extension CodeDeploy {
    /// A CodeDeploy application that deploys to Lambda, in this app or imported (the AWS CDK's
    /// `ILambdaApplication`).
    public protocol LambdaApplicationRef: Construct {
        /// The application's ARN.
        var applicationArn: String { get }
        /// The application's name.
        var applicationName: String { get }
        /// The account and region the application is in.
        var environment: ResourceEnvironment { get }
    }

    /// The props of a ``LambdaApplication``.
    public struct LambdaApplicationProps: ConstructProps {
        /// The application's physical name: up to 100 letters, digits and `._+=,@-`.
        ///
        /// Default: a name CloudFormation generates.
        public var applicationName: String?

        /// Props with every member at its default.
        public init() {}
    }

    /// A CodeDeploy application that deploys to Lambda (`AWS::CodeDeploy::Application` with
    /// the `Lambda` compute platform). A ``LambdaDeploymentGroup`` makes one of its own when
    /// it is given none.
    ///
    /// ```swift
    /// let application = try CodeDeploy.LambdaApplication(stack, "App") { $0.applicationName = "orders" }
    /// ```
    public final class LambdaApplication: Resource, LambdaApplicationRef {
        /// The application's CloudFormation resource.
        public let cfnApplication: CfnApplication

        /// An application for Lambda deployments.
        public init(_ scope: Construct, _ id: String, _ props: LambdaApplicationProps = LambdaApplicationProps(),
                    configure: (inout LambdaApplicationProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            cfnApplication = try CfnApplication(this, "Resource", applicationName: props.applicationName, computePlatform: "Lambda")
            try super.init(this, physicalName: props.applicationName)
            cfnApplication.applicationName = physicalName
            node.addValidation { [unowned self] in CodeDeploy.nameProblems(of: "Application", self.physicalName) }
        }

        /// The application's name; from another account or region, its physical name.
        public private(set) lazy var applicationName: String = getResourceNameAttribute(cfnApplication.ref)

        /// The application's ARN, `arn:<partition>:codedeploy:<region>:<account>:application:<name>`.
        public private(set) lazy var applicationArn: String = getResourceArnAttribute(
            CodeDeploy.arn(of: "application", named: cfnApplication.ref, in: stack),
            ArnComponents(service: "codedeploy", resource: "application", resourceName: physicalName, arnFormat: .colonResourceName))

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKCodeDeploy.CodeDeploy.LambdaApplication") }
    }

    /// An application defined outside the app.
    final class ImportedLambdaApplication: Resource, LambdaApplicationRef {
        let applicationArn: String
        let applicationName: String

        init(_ scope: Construct, _ id: String, name: String, arn: String, account: String? = nil, region: String? = nil) throws {
            applicationName = name
            applicationArn = arn
            try super.init(scope, id, account: account, region: region)
        }
    }
}

extension CodeDeploy.LambdaApplication {
    /// An application defined outside the app, by name, in the stack's account and region.
    public static func fromLambdaApplicationName(_ scope: Construct, _ id: String, _ applicationName: String) throws -> any CodeDeploy.LambdaApplicationRef {
        let arn = CodeDeploy.arn(of: "application", named: applicationName, in: try Stack.of(scope))
        return try CodeDeploy.ImportedLambdaApplication(scope, id, name: applicationName, arn: arn)
    }

    /// An application defined outside the app, by ARN: its name, account and region are read
    /// from the ARN (its name by `Fn::Select` when the ARN is a token).
    public static func fromLambdaApplicationArn(_ scope: Construct, _ id: String, _ applicationArn: String) throws -> any CodeDeploy.LambdaApplicationRef {
        let parts = try scope.converting("applicationArn") { try Arn.parse(applicationArn, format: .colonResourceName) }
        let literal = !Token.isUnresolved(applicationArn)
        return try CodeDeploy.ImportedLambdaApplication(scope, id, name: parts.resourceName ?? "<invalid arn>", arn: applicationArn,
                                                        account: literal ? parts.account : nil, region: literal ? parts.region : nil)
    }
}

extension CodeDeploy {
    /// `arn:<partition>:codedeploy:<region>:<account>:<resource>:<name>` in `stack`.
    static func arn(of resource: String, named name: String, in stack: Stack) -> String {
        stack.formatArn(ArnComponents(service: "codedeploy", resource: resource, resourceName: name, arnFormat: .colonResourceName))
    }

    /// The problems of a physical name CodeDeploy would refuse (`kind` is `Application`,
    /// `Deployment group` or `Deployment config`), as the AWS CDK reports them; none for a token.
    static func nameProblems(of kind: String, _ name: String?) -> [String] {
        guard let name, !Token.isUnresolved(name) else { return [] }
        var problems: [String] = []
        if name.utf16.count > 100 {
            problems.append("\(kind) name: \"\(name)\" can be a max of 100 characters.")
        }
        let allowed = { (byte: UInt8) in byte.isASCIILetterOrDigit || "._+=,@-".utf8.contains(byte) }
        if name.isEmpty || !name.utf8.allSatisfy(allowed) {
            problems.append("\(kind) name: \"\(name)\" can only contain letters (a-z, A-Z), numbers (0-9), periods (.), underscores (_), + (plus signs), = (equals signs), , (commas), @ (at signs), - (minus signs).")
        }
        return problems
    }
}
