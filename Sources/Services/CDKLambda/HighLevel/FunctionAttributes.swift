import CDK
import CDKIAM

extension Lambda {
    /// A function defined outside the app (the AWS CDK's `FunctionAttributes`).
    public struct FunctionAttributes {
        /// The ARN: `arn:<partition>:lambda:<region>:<account>:function:<name>`.
        public var functionArn: String
        /// The execution role.
        ///
        /// Default: none (statements added to the role policy are dropped).
        public var role: IAM.Role?
        /// Whether the function is in the stack's account and region, so that permissions can
        /// be added to it.
        ///
        /// Default: `true` when the stack's account is known and is the ARN's; `false` in an
        /// environment-agnostic stack.
        public var sameEnvironment: Bool?
        /// Whether the function already has the permissions grants need: `addPermission`
        /// then adds nothing and grants do not fail.
        ///
        /// Default: `false`.
        public var skipPermissions = false
        /// The instruction set.
        ///
        /// Default: `.x86_64`.
        public var architecture: Architecture?

        /// The function with ARN `functionArn`.
        public init(functionArn: String) {
            self.functionArn = functionArn
        }
    }
}

extension Lambda.Function {
    /// A function defined outside the app; grants to principals without a policy become
    /// permissions only where the function is in the stack's environment.
    public static func fromFunctionAttributes(_ scope: Construct, _ id: String, _ attributes: Lambda.FunctionAttributes,
                                              configure: (inout Lambda.FunctionAttributes) throws -> Void = { _ in }) throws -> any Lambda.FunctionRef {
        var attributes = attributes
        try configure(&attributes)
        return try Lambda.ImportedFunction(scope, id, attributes)
    }

    /// The function named `functionName` in the stack's account and region (its ARN is built
    /// from the stack's; permissions can be added to it).
    public static func fromFunctionName(_ scope: Construct, _ id: String, functionName: String) throws -> any Lambda.FunctionRef {
        let arn = try Stack.of(scope).formatArn(ArnComponents(service: "lambda", resource: "function", resourceName: functionName,
                                                          arnFormat: .colonResourceName))
        var attributes = Lambda.FunctionAttributes(functionArn: arn)
        attributes.sameEnvironment = true
        return try Lambda.ImportedFunction(scope, id, attributes)
    }
}
