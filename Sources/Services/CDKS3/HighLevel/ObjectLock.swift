import CDK

extension S3 {
    /// How Object Lock protects object versions.
    public enum ObjectLockMode: String, Sendable {
        /// Users with special permissions can still overwrite or delete versions.
        case governance = "GOVERNANCE"
        /// No user, the root user included, can overwrite or delete versions.
        case compliance = "COMPLIANCE"
    }

    /// The default retention of an Object Lock bucket: a mode and a duration of 1 day to 100 years.
    public struct ObjectLockRetention: Sendable {
        /// The mode.
        public let mode: ObjectLockMode
        /// How long object versions stay locked.
        public let duration: Duration

        /// Retention in governance mode; throws when `duration` is under a day or over 100 years.
        public static func governance(_ duration: Duration) throws -> ObjectLockRetention {
            try ObjectLockRetention(mode: .governance, duration: duration)
        }

        /// Retention in compliance mode; throws when `duration` is under a day or over 100 years.
        public static func compliance(_ duration: Duration) throws -> ObjectLockRetention {
            try ObjectLockRetention(mode: .compliance, duration: duration)
        }

        private init(mode: ObjectLockMode, duration: Duration) throws {
            let days = try duration.toDays()
            if days > 365 * 100 {
                throw CDKError(code: "MustBeObjectLockRetention", message: "Object Lock retention duration must be less than 100 years")
            }
            if days < 1 {
                throw CDKError(code: "MustBeObjectLockRetention", message: "Object Lock retention duration must be at least 1 day")
            }
            self.mode = mode
            self.duration = duration
        }
    }
}

extension S3.Bucket {
    /// The `ObjectLockConfiguration` property (a default retention turns Object Lock on).
    static func renderObjectLock(_ props: S3.BucketProps, at this: Construct) throws -> S3.CfnBucket.ObjectLockConfigurationProperty? {
        guard let retention = props.objectLockDefaultRetention else { return nil }
        if props.objectLockEnabled == false {
            throw CDKError("ObjectLockEnabledConfigureDefault",
                           "Object Lock must be enabled to configure default retention settings: remove 'objectLockEnabled: false' or the default retention.", at: this)
        }
        return .init(objectLockEnabled: "Enabled",
                     rule: .init(defaultRetention: .init(days: try this.converting("objectLockDefaultRetention") { try retention.duration.toDays() }, mode: retention.mode.rawValue)))
    }
}
