import CDK
import CDKIAM

extension Lambda {
    /// Who may invoke a function, for ``FunctionRef/addPermission(_:_:)`` (the AWS CDK's `Permission`).
    public struct Permission {
        /// Who is allowed: a service, account, ARN or organization principal, possibly with
        /// `aws:SourceArn` (`ArnLike`), `aws:SourceAccount` or `aws:PrincipalOrgID`
        /// (`StringEquals`) conditions, which become the permission's properties.
        public var principal: any IAM.Principal
        /// The action.
        ///
        /// Default: `lambda:InvokeFunction`.
        public var action: String
        /// The ARN of the resource that invokes the function (a rule, a bucket, a topic).
        ///
        /// Default: the principal's `aws:SourceArn` condition, if any.
        public var sourceArn: String?
        /// The account of the invoking resource.
        ///
        /// Default: the principal's `aws:SourceAccount` condition, if any.
        public var sourceAccount: String?
        /// Where the permission resource goes.
        ///
        /// Default: under the function.
        public var scope: Construct?
        /// The event source token (Alexa).
        ///
        /// Default: none.
        public var eventSourceToken: String?
        /// The AWS Organization whose members may invoke the function (`PrincipalOrgID`).
        ///
        /// Default: the principal's `aws:PrincipalOrgID` condition, if any.
        public var organizationId: String?
        /// The authentication type of the function URL this permission is for (`AWS_IAM`, `NONE`).
        ///
        /// Default: none (not a function URL permission).
        public var functionUrlAuthType: String?
        /// Whether the permission applies only to invocations through the function URL.
        ///
        /// Default: none.
        public var invokedViaFunctionUrl: Bool?

        /// A permission.
        public init(principal: any IAM.Principal, action: String = "lambda:InvokeFunction", sourceArn: String? = nil,
                    sourceAccount: String? = nil, scope: Construct? = nil, eventSourceToken: String? = nil,
                    organizationId: String? = nil, functionUrlAuthType: String? = nil, invokedViaFunctionUrl: Bool? = nil) {
            self.principal = principal
            self.action = action
            self.sourceArn = sourceArn
            self.sourceAccount = sourceAccount
            self.scope = scope
            self.eventSourceToken = eventSourceToken
            self.organizationId = organizationId
            self.functionUrlAuthType = functionUrlAuthType
            self.invokedViaFunctionUrl = invokedViaFunctionUrl
        }
    }
}
