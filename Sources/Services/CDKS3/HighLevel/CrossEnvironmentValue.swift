import CDK

extension S3 {
    /// An attribute of a resource (its ARN or name) that a stack of another account or region
    /// cannot reference: there it is written as the value the resource's physical name gives,
    /// as the AWS CDK's `getResourceArnAttribute` and `getResourceNameAttribute` do. Same
    /// environment: the plain attribute, with its references (exports between stacks included).
    final class CrossEnvironmentValue: Resolvable {
        private let owner: Resource
        private let sameEnvironment: String
        private let otherEnvironment: String?

        /// `attribute` of `owner`; `otherEnvironment` is what other environments see (`nil` when
        /// the owner has no physical name, which makes such a use an error).
        private init(owner: Resource, attribute: String, otherEnvironment: String?) {
            self.owner = owner
            self.sameEnvironment = attribute
            self.otherEnvironment = otherEnvironment
        }

        var displayHint: String { "CrossEnvironment" }

        func resolve(_ context: ResolveContext) throws -> JSONValue? {
            let consumer = try Stack.of(context.scope)
            let producer = owner.stack
            guard consumer.account != producer.account || consumer.region != producer.region else { return .string(sameEnvironment) }
            guard let otherEnvironment else {
                throw CDKError("CannotUseCrossEnvironment",
                               "Cannot use resource '\(owner.node.path)' in a cross-environment fashion, the resource's physical name must be explicit set or use `PhysicalName.GENERATE_IF_NEEDED`: give it a name to use it from '\(consumer.node.path)'.",
                               at: owner)
            }
            return .string(otherEnvironment)
        }

        /// `owner`'s ARN attribute: `arn` in its own environment, `components` formatted with
        /// the physical name elsewhere.
        static func arn(of owner: Resource, _ arn: String, components: (String) -> ArnComponents) -> String {
            Token.asString(CrossEnvironmentValue(owner: owner, attribute: arn,
                                                 otherEnvironment: literalName(of: owner).map { owner.stack.formatArn(components($0)) }))
        }

        /// `owner`'s name attribute: `name` in its own environment, the physical name elsewhere.
        static func name(of owner: Resource, _ name: String) -> String {
            Token.asString(CrossEnvironmentValue(owner: owner, attribute: name, otherEnvironment: literalName(of: owner)))
        }

        /// The physical name, when it is known at synthesis (a token name cannot be used elsewhere).
        private static func literalName(of owner: Resource) -> String? {
            owner.physicalName.flatMap { Token.isUnresolved($0) ? nil : $0 }
        }
    }
}
