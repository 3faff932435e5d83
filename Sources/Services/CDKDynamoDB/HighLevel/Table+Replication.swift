import CDK
import CDKIAM

extension DynamoDB.Table {
    /// Makes the table global (the AWS CDK's `createReplicaTables`): the stack's replica
    /// provider, a managed policy per provider handler that lets it manage this table and its
    /// replicas, and one `Custom::DynamoDBReplica` per region, each after the one before (for a
    /// stack of no concrete region, each only where the stack is not deployed).
    func createReplicaTables(_ regions: [String], timeout: Duration?, waitForReplicationToFinish: Bool?,
                             replicaRemovalPolicy: RemovalPolicy?) throws {
        let stack = try Stack.of(self)
        if !Token.isUnresolved(stack.region) && regions.contains(stack.region) {
            throw CDKError("ReplicationRegionConflict", "`replicationRegions` cannot include the region where this stack is deployed. Remove \(stack.region) from replicationRegions.", at: self)
        }
        let provider = try DynamoDB.ReplicaProvider.getOrCreate(self, tableName: tableName, regions: regions, timeout: timeout)
        let onEventPolicy = try sourceTableAttachedPolicy(for: provider.onEventHandler.role)
        let isCompletePolicy = try sourceTableAttachedPolicy(for: provider.isCompleteHandler.role)
        onEventPolicy.addStatements(IAM.PolicyStatement(actions: ["dynamodb:*"], resources: [tableArn, indexArnOrNoValue(of: tableArn)]))
        isCompletePolicy.addStatements(IAM.PolicyStatement(actions: ["dynamodb:DescribeTable"], resources: [tableArn, indexArnOrNoValue(of: tableArn)]))

        let retainsReplicas = FeatureFlags.of(self).isEnabled("@aws-cdk/aws-dynamodb:retainTableReplica")
        var previous: (resource: CustomResource, condition: CfnCondition?)?
        var seen: Set<String> = []
        for region in regions where seen.insert(region).inserted {
            var properties: JSONObject = ["TableName": .string(tableName), "Region": .string(region)]
            if retainsReplicas {
                properties["SkipReplicaDeletion"] = .string(Token.asString(Lazy.uncachedAny { [unowned self] in
                    .bool(replicaRemovalPolicy.map { $0 == .retain } ?? (self.cfnTable.cfnOptions.deletionPolicy == .retain))
                }))
            }
            if let waitForReplicationToFinish { properties["SkipReplicationCompletedWait"] = .string(String(!waitForReplicationToFinish)) }
            let replica = try CustomResource(self, "Replica\(region)", serviceToken: provider.provider.serviceToken,
                                             resourceType: "Custom::DynamoDBReplica", properties: properties)
            replica.node.addDependency(onEventPolicy, isCompletePolicy)
            replicaResources.append(replica)
            var condition: CfnCondition?
            if Token.isUnresolved(stack.region) {
                condition = try CfnCondition(self, "StackRegionNotEquals\(region)",
                                             expression: Fn.conditionNot(Fn.conditionEquals(.string(region), .string(Aws.region))))
                replica.cfnResource.cfnOptions.condition = condition
            }
            replicaRegions.append(region)
            if let previous {
                if let previousCondition = previous.condition {
                    replica.cfnResource.cfnOptions.metadata["DynamoDbReplicationDependency"] = Fn.conditionIf(
                        previousCondition.logicalId, .string(previous.resource.ref), .string(Aws.noValue)).jsonValue
                } else {
                    replica.node.addDependency(previous.resource)
                }
            }
            previous = (replica, condition)
        }
        onEventPolicy.addStatements(IAM.PolicyStatement(actions: ["dynamodb:*"], resources: replicaArns))
    }

    /// The ARNs of the table's replicas, in the order of their regions.
    var replicaArns: [String] {
        let stack = try? Stack.of(self)
        return replicaRegions.compactMap { region in
            stack?.formatArn(ArnComponents(service: "dynamodb", resource: "table", resourceName: tableName, region: region))
        }
    }

    /// `<arn>/index/*` once the table has indexes, `AWS::NoValue` otherwise.
    private func indexArnOrNoValue(of arn: String) -> String {
        Lazy.string { [unowned self] in self.hasIndex ? "\(arn)/index/*" : Aws.noValue }
    }

    /// The managed policy `SourceTableAttachedManagedPolicy-<role's unique id>/Resource`,
    /// attached to `role`, that holds what a provider handler may do with this table.
    private func sourceTableAttachedPolicy(for role: IAM.Role) throws -> IAM.ManagedPolicy {
        let holder = try Construct(self, "SourceTableAttachedManagedPolicy-\(try Names.nodeUniqueId(role))")
        return try IAM.ManagedPolicy(holder, "Resource", .init()) {
            $0.description = "DynamoDB replication managed policy for table \(tableName)"
            $0.roles = [role]
        }
    }

    /// The error of a provisioned global table whose write capacity is not auto-scaled with a
    /// policy (replicas need it), if any.
    func validateGlobalTableScaling() -> [String] {
        guard !replicaResources.isEmpty, billingMode == .provisioned else { return [] }
        guard let write = tableScaling.write else {
            return ["A global Table that uses PROVISIONED as the billing mode needs auto-scaled write capacity. Use the autoScaleWriteCapacity() method to enable it."]
        }
        return write.scalingPolicyCreated ? [] : ["A global Table that uses PROVISIONED as the billing mode needs auto-scaled write capacity with a policy. Call one of the scaleOn*() methods of the object returned from autoScaleWriteCapacity()"]
    }
}
