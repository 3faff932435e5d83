/// What happens to a resource when it leaves the stack or is replaced.
public enum RemovalPolicy: Sendable {
    /// Delete the resource (`Delete`/`Delete`).
    case destroy
    /// Keep the resource in the account (`Retain`/`Retain`).
    case retain
    /// Snapshot the data, then delete (`Snapshot`/`Snapshot`; databases and volumes only).
    case snapshot
    /// Keep it on update or delete, but delete it when its creation fails
    /// (`RetainExceptOnCreate`/`Retain`).
    case retainOnUpdateOrDelete

    var deletionPolicy: CfnDeletionPolicy {
        switch self {
        case .destroy: .delete
        case .retain: .retain
        case .snapshot: .snapshot
        case .retainOnUpdateOrDelete: .retainExceptOnCreate
        }
    }

    var updateReplacePolicy: CfnDeletionPolicy {
        self == .retainOnUpdateOrDelete ? .retain : deletionPolicy
    }

    static let snapshotTypes: Set<String> = [
        "AWS::DocDB::DBCluster", "AWS::EC2::Volume", "AWS::ElastiCache::CacheCluster",
        "AWS::ElastiCache::ReplicationGroup", "AWS::Neptune::DBCluster", "AWS::RDS::DBCluster",
        "AWS::RDS::DBInstance", "AWS::Redshift::Cluster",
    ]
}
