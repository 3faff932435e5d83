import CDK
import CDKIAM
import CDKKMS

extension DynamoDB.Table {
    /// A table defined outside the app, by name.
    public static func fromTableName(_ scope: Construct, _ id: String, tableName: String) throws -> any DynamoDB.TableRef {
        try fromTableAttributes(scope, id, tableName: tableName)
    }

    /// A table defined outside the app, by ARN; throws when the ARN has no table name.
    public static func fromTableArn(_ scope: Construct, _ id: String, tableArn: String) throws -> any DynamoDB.TableRef {
        try fromTableAttributes(scope, id, tableArn: tableArn)
    }

    /// A table defined outside the app: exactly one of `tableName` and `tableArn`. Grants cover
    /// its indexes (`<arn>/index/*`) when it has `globalIndexes` or `localIndexes`, or with
    /// `grantIndexPermissions`.
    public static func fromTableAttributes(
        _ scope: Construct, _ id: String, tableArn: String? = nil, tableName: String? = nil,
        tableStreamArn: String? = nil, encryptionKey: (any KMS.KeyRef)? = nil,
        globalIndexes: [String] = [], localIndexes: [String] = [], grantIndexPermissions: Bool = false
    ) throws -> any DynamoDB.TableRef {
        let stack = try Stack.of(scope)
        let path = scope.node.path + "/" + id
        let name: String
        let arn: String
        if let tableName {
            if tableArn != nil {
                throw CDKError(code: "TableArnOrNameConflict", message: "Only one of tableArn or tableName can be provided", path: path)
            }
            name = tableName
            arn = stack.formatArn(ArnComponents(service: "dynamodb", resource: "table", resourceName: tableName))
        } else {
            guard let tableArn else {
                throw CDKError(code: "TableNameOrArnRequired", message: "One of tableName or tableArn is required!", path: path)
            }
            arn = tableArn
            if Token.isUnresolved(tableArn) {
                name = Fn.select(1, Fn.split("/", Fn.select(5, Fn.split(":", tableArn))))
            } else {
                guard let resourceName = try Arn.split(tableArn, format: .slashResourceName).resourceName, !resourceName.isEmpty else {
                    throw CDKError(code: "InvalidTableArn",
                                   message: "ARN for DynamoDB table must be in the form: arn:<partition>:dynamodb:<region>:<account>:table/<table-name> (got \(tableArn))",
                                   path: path)
                }
                name = resourceName
            }
        }
        let hasIndex = grantIndexPermissions || !globalIndexes.isEmpty || !localIndexes.isEmpty
        return try DynamoDB.ImportedTable(scope, id, tableArn: arn, tableName: name, tableStreamArn: tableStreamArn,
                                          encryptionKey: encryptionKey, hasIndex: hasIndex)
    }
}

extension DynamoDB {
    /// A table defined outside the app; grants only change the grantee's policy.
    final class ImportedTable: Resource, TableRef {
        let tableArn: String
        let tableName: String
        let tableStreamArn: String?
        let encryptionKey: (any KMS.KeyRef)?
        let hasIndex: Bool

        init(_ scope: Construct, _ id: String, tableArn: String, tableName: String, tableStreamArn: String?,
             encryptionKey: (any KMS.KeyRef)?, hasIndex: Bool) throws {
            self.tableArn = tableArn
            self.tableName = tableName
            self.tableStreamArn = tableStreamArn
            self.encryptionKey = encryptionKey
            self.hasIndex = hasIndex
            try super.init(scope, id)
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            IAM.AddToResourcePolicyResult(statementAdded: false)
        }
    }
}
