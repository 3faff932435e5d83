import CDK
import CDKKMS

extension DynamoDB.Table {
    /// Throws when an on-demand table or index is given provisioned capacity.
    static func validateProvisioning(_ billingMode: DynamoDB.BillingMode, readCapacity: Int?, writeCapacity: Int?,
                                     at construct: Construct) throws {
        if billingMode == .payPerRequest && (readCapacity != nil || writeCapacity != nil) {
            throw CDKError("CannotProvisionCapacityPayPerRequest", "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode", at: construct)
        }
    }

    /// Throws for a literal table name DynamoDB refuses: 3 to 255 characters, letters, digits,
    /// `_`, `-` and `.` (the registry schema only says 1 to 1,024).
    static func checkTableName(_ name: String?, at construct: Construct) throws {
        guard let name, !Token.isUnresolved(name) else { return }
        let allowed = name.utf8.allSatisfy { byte in
            byte.isASCIILetterOrDigit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
        if !(3...255).contains(name.utf8.count) || !allowed {
            throw CDKError("InvalidTableName", "Table name '\(name)' is not a name DynamoDB accepts: 3 to 255 characters (it has \(name.count)) of letters, digits, '_', '-' and '.'. Change tableName, or leave it out for a generated name.", at: construct)
        }
    }

    /// The `ProvisionedThroughput` of a provisioned table or index: the given capacities, 5 for
    /// those not given (or 0, as the AWS CDK's `||` treats them).
    static func provisionedThroughput(_ billingMode: DynamoDB.BillingMode, _ read: Int?, _ write: Int?) -> DynamoDB.CfnTable.ProvisionedThroughputProperty? {
        if billingMode == .payPerRequest { return nil }
        func capacity(_ value: Int?) -> Double { Double(value.flatMap { $0 == 0 ? nil : $0 } ?? 5) }
        return .init(readCapacityUnits: capacity(read), writeCapacityUnits: capacity(write))
    }

    /// The `OnDemandThroughput` of an on-demand table or index with a maximum; none on
    /// provisioned tables (the maximums are ignored there, as in the AWS CDK).
    static func onDemandThroughput(_ billingMode: DynamoDB.BillingMode, _ maxRead: Int?, _ maxWrite: Int?) -> DynamoDB.CfnTable.OnDemandThroughputProperty? {
        func units(_ value: Int?) -> Double? { value.flatMap { $0 == 0 ? nil : Double($0) } }
        if billingMode == .provisioned || (units(maxRead) == nil && units(maxWrite) == nil) { return nil }
        return .init(maxReadRequestUnits: units(maxRead), maxWriteRequestUnits: units(maxWrite))
    }

    /// The point-in-time recovery specification; throws when both props are set, a period is
    /// given without recovery, or the period is not 1 to 35 days.
    static func pointInTimeRecovery(_ props: DynamoDB.TableProps, at this: Construct) throws -> DynamoDB.PointInTimeRecoverySpecification? {
        if props.pointInTimeRecoverySpecification != nil && props.pointInTimeRecovery != nil {
            throw CDKError("PitrConfigurationConflict",
                           "`pointInTimeRecoverySpecification` and `pointInTimeRecovery` are set. Use `pointInTimeRecoverySpecification` only.", at: this)
        }
        let period = props.pointInTimeRecoverySpecification?.recoveryPeriodInDays
        if props.pointInTimeRecoverySpecification?.pointInTimeRecoveryEnabled != true, let period, period != 0 {
            throw CDKError("RecoveryPeriodWithoutPitr", "Cannot set `recoveryPeriodInDays` while `pointInTimeRecoveryEnabled` is set to false.", at: this)
        }
        if let period, period < 1 || period > 35 {
            throw CDKError("InvalidRecoveryPeriod", "`recoveryPeriodInDays` must be a value between `1` and `35`.", at: this)
        }
        return props.pointInTimeRecoverySpecification
            ?? props.pointInTimeRecovery.map { DynamoDB.PointInTimeRecoverySpecification(pointInTimeRecoveryEnabled: $0) }
    }

    /// The `SSESpecification` property, and the key that encrypts the table (created under
    /// `this` as `Key` for `.customerManaged` encryption without a key).
    static func renderEncryption(_ props: DynamoDB.TableProps, in this: ConstructScope) throws -> (property: DynamoDB.CfnTable.SSESpecificationProperty?, key: (any KMS.KeyRef)?) {
        if props.encryption != nil && props.serverSideEncryption != nil {
            throw CDKError("EncryptionConfigurationConflict", "Only one of encryption and serverSideEncryption can be specified, but both were provided", at: this)
        }
        if props.serverSideEncryption == true && props.encryptionKey != nil {
            throw CDKError("EncryptionKeyWithServerSideEncryption", "encryptionKey cannot be specified when serverSideEncryption is specified. Use encryption instead", at: this)
        }
        let type = props.encryption
            ?? (props.encryptionKey != nil ? .customerManaged : props.serverSideEncryption == true ? .awsManaged : nil)
        if type != .customerManaged && props.encryptionKey != nil {
            throw CDKError("EncryptionKeyRequiresCustomerManaged", "encryptionKey cannot be specified unless encryption is set to TableEncryption.CUSTOMER_MANAGED (it was set to \(type?.rawValue ?? "undefined"))", at: this)
        }
        if type == .customerManaged && props.replicationRegions != nil {
            throw CDKError("CustomerManagedEncryptionNotSupportedGlobalTables", "TableEncryption.CUSTOMER_MANAGED is not supported by DynamoDB Global Tables (where replicationRegions was set)", at: this)
        }
        switch type {
        case nil: return (nil, nil)
        case .default?: return (.init(sseEnabled: false), nil)
        case .awsManaged?: return (.init(sseEnabled: true), nil)
        case .customerManaged?:
            let key = try props.encryptionKey ?? KMS.Key(this, "Key") {
                $0.description = "Customer-managed key auto-created for encrypting DynamoDB table at \(this.node.path)"
                $0.enableKeyRotation = true
            }
            return (.init(kmsMasterKeyId: key.keyArn, sseEnabled: true, sseType: "KMS"), key)
        }
    }
}
