import CDK
import CDKIAM

extension Logs {
    /// A CloudWatch Logs resource policy (`AWS::Logs::ResourcePolicy`, child `ResourcePolicy`).
    /// Log groups create one named `Policy` when a statement is first added to their resource policy.
    public final class ResourcePolicy: Resource {
        /// The policy document; statements added later are included.
        public let document = IAM.PolicyDocument()
        /// The policy's CloudFormation resource.
        public let cfnResourcePolicy: CfnResourcePolicy

        /// A resource policy with `props.statements`.
        public init(_ scope: Construct, _ id: String, _ props: ResourcePolicyProps = ResourcePolicyProps(),
                    configure: (inout ResourcePolicyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            let document = self.document
            let stack = try Stack.of(this)
            // The document as JSON text, tokens included (the AWS CDK's `JSON.stringify(document)`).
            let text = Lazy.string {
                var statements: [JSONValue] = []
                for statement in document.statements.map({ $0.toStatementJSON() }) where !statements.contains(statement) {
                    statements.append(statement)
                }
                return stack.toJsonString(.object(["Statement": .array(statements), "Version": "2012-10-17"]))
            }
            cfnResourcePolicy = try CfnResourcePolicy(this, "ResourcePolicy", policyDocument: .string(text),
                                                      policyName: try props.resourcePolicyName ?? Names.nodeUniqueId(this))
            try super.init(this, physicalName: props.resourcePolicyName)
            document.addStatements(props.statements)
            // Actions and principals IAM would refuse at deployment.
            node.addValidation { [unowned self] in self.document.validateForAnyPolicy() }
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLogs.Logs.ResourcePolicy") }
    }

    /// Adds `statement` to the resource policy of `group` (created as `Policy` on first use), with
    /// principals of known accounts written as account ids, as the AWS CDK does.
    static func addToResourcePolicy(_ statement: IAM.PolicyStatement, group: Resource, policy: inout ResourcePolicy?) throws -> IAM.AddToResourcePolicyResult {
        if policy == nil { policy = try ResourcePolicy(group, "Policy") }
        let principals: [any IAM.Principal] = statement.principals.map { principal in
            if let account = principal.principalAccount { return IAM.ArnPrincipal(account) }
            return principal
        }
        policy!.document.addStatements(IAM.PolicyStatement(
            effect: statement.effect, actions: statement.actions, notActions: statement.notActions,
            resources: statement.resources, notResources: statement.notResources, principals: principals,
            notPrincipals: statement.notPrincipals, conditions: statement.conditions, sid: statement.sid))
        return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: policy)
    }
}
