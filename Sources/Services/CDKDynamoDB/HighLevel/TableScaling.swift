import CDK

extension DynamoDB.Table {
    /// Scales the table's read capacity between `props`' bounds (child `ReadScaling`); throws on
    /// an on-demand table or when it is scaled already.
    @discardableResult
    public func autoScaleReadCapacity(_ props: DynamoDB.EnableScalingProps) throws -> DynamoDB.ScalableTableAttribute {
        try autoScale(.read, ofIndex: nil, props)
    }

    /// Scales the table's write capacity between `props`' bounds (child `WriteScaling`); throws
    /// on an on-demand table or when it is scaled already.
    @discardableResult
    public func autoScaleWriteCapacity(_ props: DynamoDB.EnableScalingProps) throws -> DynamoDB.ScalableTableAttribute {
        try autoScale(.write, ofIndex: nil, props)
    }

    /// Scales the read capacity of the global index `indexName` (child `<indexName>ReadScaling`);
    /// throws on an on-demand table, for an unknown index, or when it is scaled already.
    @discardableResult
    public func autoScaleGlobalSecondaryIndexReadCapacity(_ indexName: String, _ props: DynamoDB.EnableScalingProps) throws -> DynamoDB.ScalableTableAttribute {
        try autoScale(.read, ofIndex: indexName, props)
    }

    /// Scales the write capacity of the global index `indexName` (child `<indexName>WriteScaling`);
    /// throws on an on-demand table, for an unknown index, or when it is scaled already.
    @discardableResult
    public func autoScaleGlobalSecondaryIndexWriteCapacity(_ indexName: String, _ props: DynamoDB.EnableScalingProps) throws -> DynamoDB.ScalableTableAttribute {
        try autoScale(.write, ofIndex: indexName, props)
    }

    /// Scales `capacity` of the table, or of its global index `indexName`, with the AWS CDK's
    /// checks in its order (for the table: scaled already, then billing mode; for an index:
    /// billing mode, unknown index, scaled already).
    private func autoScale(_ capacity: DynamoDB.ScalingPair.Capacity, ofIndex indexName: String?,
                           _ props: DynamoDB.EnableScalingProps) throws -> DynamoDB.ScalableTableAttribute {
        var pair: DynamoDB.ScalingPair
        if let indexName {
            try requireProvisioned()
            guard let existing = indexScaling[indexName] else {
                throw CDKError("GlobalSecondaryIndexNotFound", "No global secondary index with name \(indexName)", at: self)
            }
            pair = existing
        } else {
            pair = tableScaling
        }
        if pair[capacity] != nil {
            throw CDKError("\(capacity.rawValue)AutoScalingEnabled",
                           "\(capacity.rawValue) AutoScaling already enabled for this \(indexName == nil ? "table" : "index")", at: self)
        }
        if indexName == nil { try requireProvisioned() }
        let attribute = try DynamoDB.ScalableTableAttribute(
            self, "\(indexName ?? "")\(capacity.rawValue)Scaling",
            dimension: "dynamodb:\(indexName == nil ? "table" : "index"):\(capacity.rawValue)CapacityUnits",
            resourceId: "table/\(tableName)" + (indexName.map { "/index/\($0)" } ?? ""), role: scalingRole, props)
        pair[capacity] = attribute
        if indexName == nil && capacity == .write {
            // The replicas are created once the table's write capacity scales.
            for replica in replicaResources { replica.node.addDependency(attribute) }
        }
        if let indexName { indexScaling[indexName] = pair } else { tableScaling = pair }
        return attribute
    }

    private func requireProvisioned() throws {
        if billingMode == .payPerRequest {
            throw CDKError("AutoScalingNotAvailablePayPerRequest", "AutoScaling is not available for tables with PAY_PER_REQUEST billing mode", at: self)
        }
    }
}
