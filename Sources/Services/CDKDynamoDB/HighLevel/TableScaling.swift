import CDK

extension DynamoDB.Table {
    /// Scales the table's read capacity between `props`' bounds (child `ReadScaling`); throws on
    /// an on-demand table or when it is scaled already.
    @discardableResult
    public func autoScaleReadCapacity(_ props: DynamoDB.EnableScalingProps) throws -> DynamoDB.ScalableTableAttribute {
        if tableScaling.read != nil {
            throw CDKError("ReadAutoScalingEnabled", "Read AutoScaling already enabled for this table", at: self)
        }
        try requireProvisioned()
        let attribute = try DynamoDB.ScalableTableAttribute(self, "ReadScaling", dimension: "dynamodb:table:ReadCapacityUnits",
                                                            resourceId: "table/\(tableName)", roleArn: scalingRoleArn, props)
        tableScaling.read = attribute
        return attribute
    }

    /// Scales the table's write capacity between `props`' bounds (child `WriteScaling`); throws
    /// on an on-demand table or when it is scaled already.
    @discardableResult
    public func autoScaleWriteCapacity(_ props: DynamoDB.EnableScalingProps) throws -> DynamoDB.ScalableTableAttribute {
        if tableScaling.write != nil {
            throw CDKError("WriteAutoScalingEnabled", "Write AutoScaling already enabled for this table", at: self)
        }
        try requireProvisioned()
        let attribute = try DynamoDB.ScalableTableAttribute(self, "WriteScaling", dimension: "dynamodb:table:WriteCapacityUnits",
                                                            resourceId: "table/\(tableName)", roleArn: scalingRoleArn, props)
        tableScaling.write = attribute
        return attribute
    }

    /// Scales the read capacity of the global index `indexName` (child `<indexName>ReadScaling`);
    /// throws on an on-demand table, for an unknown index, or when it is scaled already.
    @discardableResult
    public func autoScaleGlobalSecondaryIndexReadCapacity(_ indexName: String, _ props: DynamoDB.EnableScalingProps) throws -> DynamoDB.ScalableTableAttribute {
        try requireProvisioned()
        var pair = try scalingPair(ofIndex: indexName)
        if pair.read != nil {
            throw CDKError("ReadAutoScalingEnabled", "Read AutoScaling already enabled for this index", at: self)
        }
        let attribute = try DynamoDB.ScalableTableAttribute(self, "\(indexName)ReadScaling", dimension: "dynamodb:index:ReadCapacityUnits",
                                                            resourceId: "table/\(tableName)/index/\(indexName)", roleArn: scalingRoleArn, props)
        pair.read = attribute
        indexScaling[indexName] = pair
        return attribute
    }

    /// Scales the write capacity of the global index `indexName` (child `<indexName>WriteScaling`);
    /// throws on an on-demand table, for an unknown index, or when it is scaled already.
    @discardableResult
    public func autoScaleGlobalSecondaryIndexWriteCapacity(_ indexName: String, _ props: DynamoDB.EnableScalingProps) throws -> DynamoDB.ScalableTableAttribute {
        try requireProvisioned()
        var pair = try scalingPair(ofIndex: indexName)
        if pair.write != nil {
            throw CDKError("WriteAutoScalingEnabled", "Write AutoScaling already enabled for this index", at: self)
        }
        let attribute = try DynamoDB.ScalableTableAttribute(self, "\(indexName)WriteScaling", dimension: "dynamodb:index:WriteCapacityUnits",
                                                            resourceId: "table/\(tableName)/index/\(indexName)", roleArn: scalingRoleArn, props)
        pair.write = attribute
        indexScaling[indexName] = pair
        return attribute
    }

    private func requireProvisioned() throws {
        if billingMode == .payPerRequest {
            throw CDKError("AutoScalingNotAvailablePayPerRequest", "AutoScaling is not available for tables with PAY_PER_REQUEST billing mode", at: self)
        }
    }

    private func scalingPair(ofIndex indexName: String) throws -> DynamoDB.ScalingPair {
        guard let pair = indexScaling[indexName] else {
            throw CDKError("GlobalSecondaryIndexNotFound", "No global secondary index with name \(indexName)", at: self)
        }
        return pair
    }
}
