import CDK

extension IAM {
    /// A low-level resource of the app whose policy document is one of its properties (the key
    /// policy of a `CfnKey`, the resource policy of a `CfnTable`, the document of a
    /// `CfnQueuePolicy`), as a resource with a policy, for the grants of low-level resources:
    /// statements are appended to the document, none when the document is a token, as in the
    /// AWS CDK.
    package final class CfnResourceWithPolicyDocument<Resource: CfnResource>: ResourceWithPolicy {
        /// The resource.
        package let resource: Resource
        /// The stack of the resource.
        package let stack: Stack
        /// The environment of the resource's stack.
        package var environment: ResourceEnvironment { ResourceEnvironment(account: stack.account, region: stack.region) }

        private let read: (Resource) -> JSONValue?
        private let write: (Resource, JSONValue) -> Void

        /// `resource`, whose policy document is at `document` (`nil`: no document yet).
        package convenience init(_ resource: Resource, document: ReferenceWritableKeyPath<Resource, JSONValue?>) throws {
            try self.init(resource, read: { $0[keyPath: document] }, write: { $0[keyPath: document] = $1 })
        }

        /// `resource`, whose policy document is at `document`.
        package convenience init(_ resource: Resource, document: ReferenceWritableKeyPath<Resource, JSONValue>) throws {
            try self.init(resource, read: { $0[keyPath: document] }, write: { $0[keyPath: document] = $1 })
        }

        private init(_ resource: Resource, read: @escaping (Resource) -> JSONValue?,
                     write: @escaping (Resource, JSONValue) -> Void) throws {
            self.resource = resource
            self.read = read
            self.write = write
            stack = try Stack.of(resource)
        }

        /// Appends `statement` to the document, unless the document is a token.
        package func addToResourcePolicy(_ statement: PolicyStatement) throws -> AddToResourcePolicyResult {
            let document = read(resource)
            if case .string(let text)? = document, Token.isUnresolved(text) {
                return AddToResourcePolicyResult(statementAdded: false)
            }
            write(resource, statement.appended(to: document))
            return AddToResourcePolicyResult(statementAdded: true, policyDependable: resource)
        }
    }
}
