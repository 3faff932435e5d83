
extension Resource {
    /// The resource's name attribute (`nameAttribute`, usually its `Ref`) as other stacks see
    /// it: from a stack in another account or region, the physical name (generated then for
    /// ``PhysicalName/generateIfNeeded``), since a reference cannot cross environments.
    public func getResourceNameAttribute(_ nameAttribute: String) -> String {
        Token.asString(CrossEnvironmentValue(resource: self, sameEnvironment: nameAttribute) { resource in
            resource.physicalName ?? nameAttribute
        })
    }

    /// The resource's ARN attribute (`arnAttribute`) as other stacks see it: from a stack in
    /// another account or region, the ARN made of `components` in the resource's stack (with
    /// the physical name as its resource name), since a reference cannot cross environments.
    public func getResourceArnAttribute(_ arnAttribute: String, _ components: ArnComponents) -> String {
        Token.asString(CrossEnvironmentValue(resource: self, sameEnvironment: arnAttribute) { resource in
            resource.stack.formatArn(components)
        })
    }

    /// Makes the physical name usable from another environment: generates it for
    /// ``PhysicalName/generateIfNeeded``; throws when CloudFormation would choose it.
    func enableCrossEnvironment() throws {
        switch physicalNameMode {
        case .given: return
        case .generated:
            if generatedPhysicalName == nil { generatedPhysicalName = try generatePhysicalName() }
        case .deployTime:
            throw CDKError("CannotUseCrossEnvironment", "Cannot use resource '\(node.path)' in a cross-environment fashion, the resource's physical name must be explicit set or use `PhysicalName.GENERATE_IF_NEEDED`. Give it a name, or pass PhysicalName.generateIfNeeded.", at: self)
        }
    }

    /// A name unique to the resource and its environment, as the AWS CDK generates it: the
    /// stack name's first 25 characters, the unique id's last 24 and 12 hex digits of a hash of
    /// both with the region and account, in lower case. Needs a concrete account and region.
    public func generatePhysicalName() throws -> String {
        let uniqueId = try Names.nodeUniqueId(self)
        let region = stack.region, account = stack.account
        if Token.isUnresolved(region) || region.isEmpty {
            throw CDKError("CannotGeneratePhysicalNameRegionUnresolved", "Cannot generate a physical name for \(node.path), because the region is un-resolved or missing. Give the stack an explicit region.", at: self)
        }
        if Token.isUnresolved(account) || account.isEmpty {
            throw CDKError("CannotGeneratePhysicalNameAccountUnresolved", "Cannot generate a physical name for \(node.path), because the account is un-resolved or missing. Give the stack an explicit account.", at: self)
        }
        let hash = SHA256.hex(Array((stack.stackName + uniqueId + region + account).utf8)).prefix(12)
        return (String(stack.stackName.prefix(25)) + String(uniqueId.suffix(24)) + hash).lowercased()
    }
}

/// A resource attribute that renders as itself in the resource's environment and as a value
/// known before deployment (an ARN or name made from the physical name) in stacks of other
/// accounts or regions (the AWS CDK's `mimicReference`).
final class CrossEnvironmentValue: Resolvable {
    unowned let resource: Resource
    let sameEnvironment: String
    let otherEnvironment: (Resource) -> String

    init(resource: Resource, sameEnvironment: String, otherEnvironment: @escaping (Resource) -> String) {
        self.resource = resource
        self.sameEnvironment = sameEnvironment
        self.otherEnvironment = otherEnvironment
    }

    var displayHint: String { Token.reverse(sameEnvironment)?.displayHint ?? "CrossEnvironmentValue" }

    func resolve(_ context: ResolveContext) throws -> JSONValue? {
        let consumer = try Stack.of(context.scope)
        let producer = resource.stack
        if producer.account != consumer.account || producer.region != consumer.region {
            try resource.enableCrossEnvironment()
            return .string(otherEnvironment(resource))
        }
        return .string(sameEnvironment)
    }
}
