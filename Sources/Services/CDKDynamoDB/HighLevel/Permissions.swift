extension DynamoDB {
    /// The action lists of the table grants, as the AWS CDK defines them (`aws-dynamodb/lib/perms.ts`).
    public enum Actions {
        /// Read actions a resource policy may also grant.
        public static let resourceReadData = ["dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem"]
        /// Read actions granted in the principal's policy only.
        public static let principalOnlyReadData = ["dynamodb:GetRecords", "dynamodb:GetShardIterator"]
        /// Write actions.
        public static let writeData = ["dynamodb:BatchWriteItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]
        /// Reading the table's stream.
        public static let readStreamData = ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"]
        /// Describing the table.
        public static let describeTable = "dynamodb:DescribeTable"
        /// Key actions to read an encrypted table.
        public static let keyRead = ["kms:Decrypt", "kms:DescribeKey"]
        /// Key actions to write an encrypted table.
        public static let keyWrite = ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]
    }
}

extension DynamoDB.Actions {
    /// The actions the replication service needs on both tables of a multi-account global table.
    public static let multiAccountReplication = ["dynamodb:ReadDataForReplication", "dynamodb:WriteDataForReplication", "dynamodb:ReplicateSettings"]
}
