import CDKJSON

/// The IAM statements and managed policy attachments that a template change adds or removes:
/// identity policies (`AWS::IAM::Policy`, `ManagedPolicy`, inline `Policies` of roles, users and
/// groups), trust policies (`AssumeRolePolicyDocument`), resource policies (bucket, topic, queue,
/// key, repository and secret policies) and Lambda permissions.
public struct IAMChanges: Sendable {
    /// A managed policy attached to a role, user or group.
    public struct ManagedPolicyAttachment: Sendable, Equatable {
        /// The identity, such as `${Role}`.
        public var identity: String
        /// The policy ARN, intrinsics rendered.
        public var policyArn: String
    }

    /// Statements only in the new template.
    public var addedStatements: [PolicyStatement] = []
    /// Statements only in the old template.
    public var removedStatements: [PolicyStatement] = []
    /// Managed policy attachments only in the new template.
    public var addedManagedPolicies: [ManagedPolicyAttachment] = []
    /// Managed policy attachments only in the old template.
    public var removedManagedPolicies: [ManagedPolicyAttachment] = []

    /// No changes.
    public init() {}

    /// The changes between the resources of two templates.
    public init(old: JSONObject, new: JSONObject) {
        let before = Self.read(old), after = Self.read(new)
        addedStatements = after.statements.filter { !before.statements.contains($0) }
        removedStatements = before.statements.filter { !after.statements.contains($0) }
        addedManagedPolicies = after.managed.filter { !before.managed.contains($0) }
        removedManagedPolicies = before.managed.filter { !after.managed.contains($0) }
    }

    /// Whether any statement or attachment changed.
    public var hasChanges: Bool {
        !(addedStatements.isEmpty && removedStatements.isEmpty && addedManagedPolicies.isEmpty && removedManagedPolicies.isEmpty)
    }

    /// Whether the change grants more: an `Allow` statement or managed policy added, or a
    /// `Deny` statement removed.
    public var permissionsBroadened: Bool {
        addedStatements.contains { $0.effect == "Allow" } || removedStatements.contains { $0.effect == "Deny" } || !addedManagedPolicies.isEmpty
    }

    private static let resourcePolicyTypes: Set<String> = [
        "AWS::S3::BucketPolicy", "AWS::SNS::TopicPolicy", "AWS::SQS::QueuePolicy", "AWS::SecretsManager::ResourcePolicy",
    ]
    private static let inlineResourcePolicies = [
        "AWS::KMS::Key": "KeyPolicy", "AWS::ECR::Repository": "RepositoryPolicyText",
    ]

    private static func read(_ resources: JSONObject) -> (statements: [PolicyStatement], managed: [ManagedPolicyAttachment]) {
        var statements: [PolicyStatement] = []
        var managed: [ManagedPolicyAttachment] = []
        for (id, resource) in resources {
            let properties = resource["Properties"] ?? [:]
            switch resource["Type"]?.stringValue ?? "" {
            case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy":
                statements += identityPolicyResource(properties)
            case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group":
                for policy in properties["Policies"]?.arrayValue ?? [] {
                    statements += withDefault(PolicyStatement.parse(policy["PolicyDocument"]?["Statement"]), principal: "AWS:${\(id)}")
                }
                statements += withDefault(PolicyStatement.parse(properties["AssumeRolePolicyDocument"]?["Statement"]), resource: "${\(id).Arn}")
                for arn in IntrinsicRenderer.render(properties["ManagedPolicyArns"] ?? [])?.arrayValue ?? [] {
                    managed.append(ManagedPolicyAttachment(identity: "${\(id)}", policyArn: IntrinsicRenderer.text(arn)))
                }
            case "AWS::Lambda::Permission":
                statements.append(lambdaPermission(properties))
            case let type where resourcePolicyTypes.contains(type):
                statements += resourcePolicyResource(properties)
            case let type where inlineResourcePolicies[type] != nil:
                let policy = properties[inlineResourcePolicies[type]!]
                statements += withDefault(PolicyStatement.parse(policy?["Statement"]), resource: "${\(id).Arn}")
            default:
                continue
            }
        }
        return (statements, managed)
    }

    private static func withDefault(_ statements: [PolicyStatement], principal: String? = nil, resource: String? = nil) -> [PolicyStatement] {
        statements.map { statement in
            var statement = statement
            if let principal { statement.principals.fillDefault(principal) }
            if let resource { statement.resources.fillDefault(resource) }
            return statement
        }
    }

    /// An `AWS::IAM::Policy`: its statements once for each group, user and role it is attached to.
    private static func identityPolicyResource(_ properties: JSONValue) -> [PolicyStatement] {
        guard let rendered = IntrinsicRenderer.render(properties) else { return [] }
        let identities = ["Groups", "Users", "Roles"].flatMap { rendered[$0]?.arrayValue ?? [] }.map(IntrinsicRenderer.text)
        let statements = PolicyStatement.parse(properties["PolicyDocument"]?["Statement"])
        return identities.flatMap { withDefault(statements, principal: "AWS:" + $0) }
    }

    /// A bucket, topic, queue or secret policy: the statements for each resource it governs (the
    /// one property that is neither the policy nor a name).
    private static func resourcePolicyResource(_ properties: JSONValue) -> [PolicyStatement] {
        guard let object = IntrinsicRenderer.render(properties)?.objectValue,
              let policyKey = object.keys.first(where: { $0.contains("Policy") }) else { return [] }
        let resourceKeys = object.keys.filter { !$0.contains("Policy") && !$0.hasSuffix("Name") }
        let governed = resourceKeys.count == 1 ? object[resourceKeys[0]]! : .array(["???"])
        let statements = PolicyStatement.parse(properties[policyKey]?["Statement"])
        return (governed.arrayValue ?? [governed]).flatMap { withDefault(statements, resource: IntrinsicRenderer.text($0)) }
    }

    /// An `AWS::Lambda::Permission` as the statement it adds to the function's policy.
    private static func lambdaPermission(_ properties: JSONValue) -> PolicyStatement {
        let rendered = IntrinsicRenderer.render(properties) ?? [:]
        var statement: JSONObject = ["Effect": "Allow"]
        statement["Action"] = rendered["Action"]
        statement["Resource"] = rendered["FunctionName"]
        if let principal = rendered["Principal"] {
            let text = IntrinsicRenderer.text(principal)
            if text == "*" {
                statement["Principal"] = "*"
            } else if text.count == 12, text.allSatisfy(\.isNumber) {
                statement["Principal"] = ["AWS": .string("arn:aws:iam::\(text):root")]
            } else {
                statement["Principal"] = ["Service": principal]
            }
        }
        var condition = JSONObject()
        if let arn = rendered["SourceArn"] { condition["ArnLike"] = ["AWS:SourceArn": arn] }
        if let account = rendered["SourceAccount"] { condition["StringEquals"] = ["AWS:SourceAccount": account] }
        if let token = rendered["EventSourceToken"] { condition["StringEquals"] = ["lambda:EventSourceToken": token] }
        if !condition.isEmpty { statement["Condition"] = .object(condition) }
        return PolicyStatement(rendered: .object(statement))
    }
}
