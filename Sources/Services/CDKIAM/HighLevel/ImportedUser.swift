import CDK

extension IAM {
    /// The attributes of a user defined outside the app.
    public struct UserAttributes: ConstructProps {
        /// The user's ARN: `arn:<partition>:iam::<account>:user/<path><name>`.
        public var userArn: String

        /// The attributes of the user `userArn`.
        public init(userArn: String) {
            self.userArn = userArn
        }
    }

    /// A user defined outside the app. Statements added to it go to a ``Policy`` in the
    /// importing stack; adding it to a group creates an `AWS::IAM::UserToGroupAddition`.
    final class ImportedUser: Resource, UserRef {
        let userArn: String
        let userName: String
        let principalAccount: String?
        private var attachedPolicies = AttachedPolicies()
        private var defaultPolicy: Policy?
        private var groupCount = 0

        init(_ scope: Construct, _ id: String, userArn: String) throws {
            self.userArn = userArn
            principalAccount = try Arn.parse(userArn, format: .slashResourceName).account
            do {
                let name = try Arn.extractResourceName(userArn, resourceType: "user")
                userName = name.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? name
            } catch let error as CDKError {
                throw CDKError(error.code, error.message + ". Pass a user ARN such as arn:aws:iam::123456789012:user/name.", at: scope)
            }
            try super.init(scope, id)
        }

        var grantPrincipal: any Principal { self }
        var assumeRoleAction: String { "sts:AssumeRole" }
        var policyFragment: PrincipalPolicyFragment { ArnPrincipal(userArn).policyFragment }

        func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            if defaultPolicy == nil {
                let policy = try Policy(self, "Policy")
                policy.attachToUser(self)
                defaultPolicy = policy
            }
            defaultPolicy?.addStatements(statement)
            return AddToPrincipalPolicyResult(statementAdded: true, policyDependable: defaultPolicy)
        }

        /// Adds the user to `group` with an `AWS::IAM::UserToGroupAddition` in the group's stack.
        func addToGroup(_ group: any GroupRef) throws {
            _ = try CfnUserToGroupAddition(group.stack, "\(userName)Group\(groupCount)", groupName: group.groupName, users: [userName])
            groupCount += 1
        }

        func attachInlinePolicy(_ policy: Policy) {
            attachedPolicies.attach(policy)
            policy.attachToUser(self)
        }

        func addManagedPolicy(_ policy: any ManagedPolicyReference) throws {
            throw CDKError("CannotAddManagedPolicyImported", "Cannot add managed policy to imported User. Attach the policy to the user outside this app, or use an inline Policy.", at: self)
        }
    }
}

extension IAM.User {
    /// The user `userName` of the stack's account: `arn:<partition>:iam::<account>:user/<name>`.
    public static func fromUserName(_ scope: Construct, _ id: String, _ userName: String) throws -> any IAM.UserRef {
        let arn = try Stack.of(scope).formatArn(ArnComponents(service: "iam", resource: "user", resourceName: userName, region: ""))
        return try fromUserAttributes(scope, id, IAM.UserAttributes(userArn: arn))
    }

    /// A user by ARN. Its name is the ARN's last path part; for a token ARN, the user may
    /// not have a path (CloudFormation cannot compute the name then).
    public static func fromUserArn(_ scope: Construct, _ id: String, _ userArn: String) throws -> any IAM.UserRef {
        try fromUserAttributes(scope, id, IAM.UserAttributes(userArn: userArn))
    }

    /// A user by its attributes (see ``fromUserArn(_:_:_:)``).
    public static func fromUserAttributes(_ scope: Construct, _ id: String, _ attributes: IAM.UserAttributes) throws -> any IAM.UserRef {
        try IAM.ImportedUser(scope, id, userArn: attributes.userArn)
    }
}
