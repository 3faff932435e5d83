/// References to a stack of another account in the same region, made as the AWS CDK makes them:
/// the producing stack publishes the value as a plain output (`Publish/Output{...}`) and a role
/// (`Publish/GetStackOutputRole`, allowed `cloudformation:DescribeStacks` on the stack by
/// `Publish/GetStackOutputPolicy`) that the consuming stacks' CloudFormation execution roles may
/// assume; the consuming stack reads the output with `Fn::GetStackOutput` through that role.
/// Such a reference is weak: the consuming stack does not depend on the producing one.
enum CrossAccountReferences {
    /// Whether a reference from `consumer` to `producer` is one: both accounts and both regions
    /// are known, the accounts differ and the regions do not.
    static func applies(consumer: Stack, producer: Stack) -> Bool {
        guard let consumerAccount = consumer.environment.account, let producerAccount = producer.environment.account,
              let consumerRegion = consumer.environment.region, let producerRegion = producer.environment.region,
              ![consumerAccount, producerAccount, consumerRegion, producerRegion].contains(where: Token.isUnresolved)
        else { return false }
        return consumerAccount != producerAccount && consumerRegion == producerRegion
    }

    /// The `Fn::GetStackOutput` that reads `reference` in `consumer`, publishing it from
    /// `producer` (once per value) and trusting the consumer's CloudFormation execution role.
    static func value(of reference: CfnReference, into consumer: Stack, from producer: Stack, consumerElement: Construct) throws -> JSONValue {
        guard let synthesizer = consumer.synthesizer as? DefaultStackSynthesizer else {
            throw CDKError(
                code: "CrossAccountReferenceSynthesizer",
                message: "'\(consumerElement.node.path)' in stack '\(consumer.node.path)' uses '\(reference.target.node.path).\(reference.displayName)' from stack '\(producer.node.path)' of another account: a reference across accounts is read with the consuming stack's CloudFormation execution role, which only the DefaultStackSynthesizer names. Use the DefaultStackSynthesizer for '\(consumer.node.path)', or pass the value explicitly.",
                path: consumerElement.node.path)
        }
        let outputName = try CrossStackReferences.publishReference(reference, from: producer)
        let access = try GetStackOutputAccess.of(producer)
        access.trust(synthesizer.cloudFormationExecutionRoleArn(for: consumer))
        let roleArn = consumer.formatArn(ArnComponents(service: "iam", resource: "role", resourceName: access.roleName,
                                                       region: "", account: producer.account))
        return ["Fn::GetStackOutput": [
            "StackName": .string(producer.stackName),
            "Region": .string(producer.region),
            "RoleArn": try Resolver(scope: consumer).resolve(.string(roleArn)) ?? .null,
            "OutputName": .string(outputName),
        ]]
    }
}

/// The role of a stack that other accounts' stacks assume to read its published outputs, and
/// its policy; created with the first reference from another account.
final class GetStackOutputAccess {
    /// The role's name (the unique id of the stack's name and the role's path below the stack).
    let roleName: String
    /// The CloudFormation execution roles that may assume the role, in the order they came.
    private var trustedRoleArns: [String] = []

    private init(roleName: String) {
        self.roleName = roleName
    }

    /// The access of `producer`, created under its `Publish` scope on first use.
    static func of(_ producer: Stack) throws -> GetStackOutputAccess {
        let publish = try CrossStackReferences.scope(named: "Publish", in: producer)
        if let role = publish.node.tryFindChild("GetStackOutputRole") as? Role { return role.access }
        // Names unique to the stack's name, as the AWS CDK names them.
        let prefix = [producer.stackName, "Publish"]
        let access = GetStackOutputAccess(roleName: try UniqueID.make(prefix + ["GetStackOutputRole"]))
        let trust = Lazy.uncachedAny { [access] in access.trustPolicy }
        let role = try Role(publish, access: access, properties: [
            "AssumeRolePolicyDocument": .string(Token.asString(trust)),
            "RoleName": .string(access.roleName),
        ])
        let stackArn = producer.formatArn(ArnComponents(service: "cloudformation", resource: "stack", resourceName: producer.stackName + "/*"))
        _ = try CfnResource(publish, "GetStackOutputPolicy", type: "AWS::IAM::Policy", properties: [
            "Roles": [.string(role.ref)],
            "PolicyDocument": [
                "Version": "2012-10-17",
                "Statement": [["Effect": "Allow", "Action": "cloudformation:DescribeStacks", "Resource": .string(stackArn)]],
            ],
            "PolicyName": .string(try UniqueID.make(prefix + ["GetStackOutputPolicy"])),
        ])
        return access
    }

    /// Lets the role `roleArn` (a CloudFormation execution role) assume this role.
    func trust(_ roleArn: String) {
        if !trustedRoleArns.contains(roleArn) { trustedRoleArns.append(roleArn) }
    }

    /// The role's trust policy: one principal alone, several as a list.
    private var trustPolicy: JSONValue {
        let principals = trustedRoleArns.map { JSONValue.object(["Fn::Sub": .string($0)]) }
        return [
            "Version": "2012-10-17",
            "Statement": [[
                "Effect": "Allow",
                "Principal": ["AWS": principals.count == 1 ? principals[0] : .array(principals)],
                "Action": ["sts:AssumeRole"],
            ]],
        ]
    }

    /// The role's resource, which holds its access.
    private final class Role: CfnResource {
        let access: GetStackOutputAccess

        init(_ scope: Construct, access: GetStackOutputAccess, properties: JSONObject) throws {
            self.access = access
            try super.init(scope, "GetStackOutputRole", type: "AWS::IAM::Role", properties: properties)
        }
    }
}
