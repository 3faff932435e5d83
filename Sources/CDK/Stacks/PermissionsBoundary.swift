/// A permissions boundary for every IAM role and user of a stage (the AWS CDK's core
/// `PermissionsBoundary`): the managed policy by name (in the stack's account) or by ARN.
/// Names and ARNs may hold `${Qualifier}` (the bootstrap qualifier), `${AWS::AccountId}`,
/// `${AWS::Region}` and `${AWS::Partition}`.
///
/// ```swift
/// let prod = try Stage(app, "Prod", permissionsBoundary: .fromName("cdk-${Qualifier}-PermissionsBoundary"))
/// ```
public struct PermissionsBoundary: Sendable {
    /// The managed policy's name, if given by name.
    public let policyName: String?
    /// The managed policy's ARN, if given by ARN.
    public let policyArn: String?

    /// The managed policy named `name` in the stack's account.
    public static func fromName(_ name: String) -> PermissionsBoundary {
        PermissionsBoundary(policyName: name, policyArn: nil)
    }

    /// The managed policy with ARN `arn`.
    public static func fromArn(_ arn: String) -> PermissionsBoundary {
        PermissionsBoundary(policyName: nil, policyArn: arn)
    }

    /// Records the boundary in `scope`'s context, for the stacks below it.
    func bind(to scope: Construct) throws {
        var value = JSONObject()
        if let policyName { value["name"] = .string(policyName) }
        if let policyArn { value["arn"] = .string(policyArn) }
        try scope.node.setContext(ContextKeys.permissionsBoundary, .object(value))
    }
}

extension Stack {
    /// The ARN of the permissions boundary that the `@aws-cdk/core:permissionsBoundary` context
    /// asks for, placeholders replaced; `nil` without one. Throws when a placeholder remains
    /// (an environment-agnostic stack cannot fill `${AWS::AccountId}` into a literal name).
    public var permissionsBoundaryArn: String? {
        get throws {
            guard case .object(let context)? = node.tryGetContext(ContextKeys.permissionsBoundary) else { return nil }
            var arn: String?
            if case .string(let given)? = context["arn"] {
                arn = specializeBoundary(given)
            } else if case .string(let name)? = context["name"] {
                arn = specializeBoundary(formatArn(ArnComponents(service: "iam", resource: "policy", resourceName: name, region: "")))
            }
            guard let arn else { return nil }
            if ["${Qualifier}", "${AWS::AccountId}", "${AWS::Region}", "${AWS::Partition}"].contains(where: { arn.contains($0) }) {
                throw CDKError("PermissionsBoundaryContainsPseudoParameter", "The permissions boundary \(arn) includes a pseudo parameter, which is not supported for environment agnostic stacks. Give the stack an explicit account and region, or name the boundary without placeholders.", at: self)
            }
            return arn
        }
    }

    /// Replaces `${Qualifier}` with the bootstrap qualifier and the account and region
    /// placeholders with the stack's, where they are known.
    private func specializeBoundary(_ text: String) -> String {
        var result = text.replacing("${Qualifier}", with: bootstrapQualifier)
        if !Token.isUnresolved(region) { result = result.replacing("${AWS::Region}", with: region) }
        if !Token.isUnresolved(account) { result = result.replacing("${AWS::AccountId}", with: account) }
        return result
    }

    /// The qualifier of the stack's bootstrap resources: its synthesizer's, the context's or
    /// the default.
    private var bootstrapQualifier: String {
        if let qualifier = (synthesizer as? DefaultStackSynthesizer)?.qualifier { return qualifier }
        if case .string(let qualifier)? = node.tryGetContext(ContextKeys.bootstrapQualifier) { return qualifier }
        return DefaultStackSynthesizer.defaultQualifier
    }

    /// Sets the context's permissions boundary on every IAM role and user of the stack, L1
    /// resources included, as the AWS CDK's stack does.
    func addPermissionsBoundaryAspect() throws {
        guard let arn = try permissionsBoundaryArn else { return }
        let priority = FeatureFlags.of(self).isEnabled(ContextKeys.aspectPrioritiesMutating) ? AspectPriority.mutating : AspectPriority.default
        Aspects.of(self).add(PermissionsBoundaryAspect(arn: arn), priority: priority)
    }
}

/// Writes a permissions boundary into every `AWS::IAM::Role` and `AWS::IAM::User`.
private final class PermissionsBoundaryAspect: Aspect {
    let arn: String

    init(arn: String) { self.arn = arn }

    func visit(_ node: Construct) throws {
        guard let resource = node as? CfnResource,
              resource.cfnResourceType == "AWS::IAM::Role" || resource.cfnResourceType == "AWS::IAM::User" else { return }
        resource.addPropertyOverride("PermissionsBoundary", .string(arn))
    }
}
