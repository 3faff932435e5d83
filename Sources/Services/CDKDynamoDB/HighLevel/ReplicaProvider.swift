import CDK
import CDKIAM

extension DynamoDB {
    /// The provider of a stack's `Custom::DynamoDBReplica` resources (the AWS CDK's
    /// `ReplicaProvider`): a nested stack `@aws-cdk/aws-dynamodb.ReplicaProvider`, one per stack,
    /// with swift-cdk's replica handler (Handlers/dynamodb-replica) as the `onEvent` and
    /// `isComplete` functions of a provider framework that polls every 10 seconds.
    final class ReplicaProvider: NestedStack {
        /// The id of the nested stack in its stack.
        static let id = "@aws-cdk/aws-dynamodb.ReplicaProvider"
        /// The replica handler's folder.
        static let handlerFiles = CustomResourceProviderCode.files(["index.js": DynamoDB.replicaHandlerSource]).files

        /// Adds or updates replicas (`onEvent` of the framework).
        private(set) var onEventHandler: HandlerFunction!
        /// Says whether a replica is ready.
        private(set) var isCompleteHandler: HandlerFunction!
        /// The framework whose service token the replicas name.
        private(set) var provider: ProviderFramework!

        /// The provider of the stack of `scope`; the first table that asks creates it, with its
        /// name, regions and timeout (the AWS CDK's `getOrCreate`).
        static func getOrCreate(_ scope: Construct, tableName: String, regions: [String], timeout: Duration?) throws -> ReplicaProvider {
            let stack = try Stack.of(scope)
            if let existing = stack.node.tryFindChild(id) {
                guard let provider = existing as? ReplicaProvider else {
                    throw CDKError("ReplicaProviderIdTaken", "the stack already has a construct with id '\(id)' that is not the DynamoDB replica provider. Give that construct another id.", at: existing)
                }
                return provider
            }
            return try ReplicaProvider(stack, tableName: tableName, regions: regions, timeout: timeout)
        }

        private init(_ stack: Stack, tableName: String, regions: [String], timeout: Duration?) throws {
            try super.init(stack, Self.id)
            let onEvent = try HandlerFunction(self, "OnEventHandler", files: Self.handlerFiles,
                                              handler: "index.onEventHandler", timeout: .minutes(5))
            let isComplete = try HandlerFunction(self, "IsCompleteHandler", files: Self.handlerFiles,
                                                 handler: "index.isCompleteHandler", timeout: .seconds(30))
            try onEvent.addToRolePolicy(IAM.PolicyStatement(actions: ["iam:CreateServiceLinkedRole"], resources: [formatArn(ArnComponents(
                service: "iam", resource: "role",
                resourceName: "aws-service-role/replication.dynamodb.amazonaws.com/AWSServiceRoleForDynamoDBReplication", region: ""))]))
            try onEvent.addToRolePolicy(IAM.PolicyStatement(actions: ["dynamodb:DescribeLimits"], resources: ["*"]))
            try onEvent.addToRolePolicy(IAM.PolicyStatement(
                actions: ["dynamodb:DeleteTable", "dynamodb:DeleteTableReplica"],
                resources: regions.map { "arn:\(Aws.partition):dynamodb:\($0):\(account):table/\(tableName)" }))
            onEventHandler = onEvent
            isCompleteHandler = isComplete
            provider = try ProviderFramework(self, "Provider", onEvent: onEvent, isComplete: isComplete,
                                             queryInterval: .seconds(10), totalTimeout: timeout ?? .minutes(30))
        }

        override var constructInfo: ConstructInfo { ConstructInfo(fqn: "aws-cdk-lib.aws_dynamodb.ReplicaProvider") }
    }
}
