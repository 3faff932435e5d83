import CDK
import CDKDynamoDB
import CDKIAM

/// A fresh environment-agnostic stack `S` of its own app.
func makeStack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

/// A role for grants, assumed by Lambda.
func makeRole(_ stack: Stack, _ id: String = "R") throws -> IAM.Role {
    try IAM.Role(stack, id, .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
}

/// A string key attribute named `name` (or of `type`).
func key(_ name: String, _ type: DynamoDB.AttributeType = .string) -> DynamoDB.Attribute { .init(name: name, type: type) }

/// The table `T` keyed by `hashKey` (and `sortKey`, a number, when `sorted`).
func makeTable(_ stack: Stack, _ id: String = "T", sorted: Bool = false,
               configure: (inout DynamoDB.TableProps) throws -> Void = { _ in }) throws -> DynamoDB.Table {
    try DynamoDB.Table(stack, id, .init(partitionKey: key("hashKey"), sortKey: sorted ? key("sortKey", .number) : nil), configure: configure)
}
