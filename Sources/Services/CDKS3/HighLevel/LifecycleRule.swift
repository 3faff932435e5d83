import CDK

extension S3 {
    /// A storage class objects can move to.
    public struct StorageClass: Sendable, Hashable {
        /// The CloudFormation value (`STANDARD_IA`).
        public let value: String
        /// A storage class by its CloudFormation value.
        public init(_ value: String) { self.value = value }

        /// Standard-Infrequent Access.
        public static let infrequentAccess = StorageClass("STANDARD_IA")
        /// One Zone-Infrequent Access.
        public static let oneZoneInfrequentAccess = StorageClass("ONEZONE_IA")
        /// Glacier Flexible Retrieval.
        public static let glacier = StorageClass("GLACIER")
        /// Glacier Instant Retrieval.
        public static let glacierInstantRetrieval = StorageClass("GLACIER_IR")
        /// Glacier Deep Archive.
        public static let deepArchive = StorageClass("DEEP_ARCHIVE")
        /// Intelligent-Tiering.
        public static let intelligentTiering = StorageClass("INTELLIGENT_TIERING")
    }

    /// Moves current objects to another storage class after a time or on a date.
    public struct Transition: Sendable {
        /// The storage class to move to.
        public var storageClass: StorageClass
        /// How long after creation; exactly one of this and `transitionDate`.
        public var transitionAfter: Duration?
        /// The date (ISO 8601); exactly one of this and `transitionAfter`.
        public var transitionDate: String?

        /// A transition.
        public init(storageClass: StorageClass, transitionAfter: Duration? = nil, transitionDate: String? = nil) {
            self.storageClass = storageClass
            self.transitionAfter = transitionAfter
            self.transitionDate = transitionDate
        }
    }

    /// Moves noncurrent object versions to another storage class.
    public struct NoncurrentVersionTransition: Sendable {
        /// The storage class to move to.
        public var storageClass: StorageClass
        /// How long after the version became noncurrent.
        public var transitionAfter: Duration
        /// How many noncurrent versions to keep in the current class.
        public var noncurrentVersionsToRetain: Int?

        /// A noncurrent version transition.
        public init(storageClass: StorageClass, transitionAfter: Duration, noncurrentVersionsToRetain: Int? = nil) {
            self.storageClass = storageClass
            self.transitionAfter = transitionAfter
            self.noncurrentVersionsToRetain = noncurrentVersionsToRetain
        }
    }

    /// A lifecycle rule: expirations and transitions for the objects it selects.
    public struct LifecycleRule: Sendable {
        /// The rule id.
        public var id: String?
        /// Whether the rule is active (default true).
        public var enabled: Bool
        /// Deletes incomplete multipart uploads after this time.
        public var abortIncompleteMultipartUploadAfter: Duration?
        /// Expires current objects after this time.
        public var expiration: Duration?
        /// Expires current objects on this date (ISO 8601).
        public var expirationDate: String?
        /// Removes expired object delete markers.
        public var expiredObjectDeleteMarker: Bool?
        /// Deletes noncurrent versions after this time.
        public var noncurrentVersionExpiration: Duration?
        /// How many noncurrent versions to keep.
        public var noncurrentVersionsToRetain: Int?
        /// Transitions of noncurrent versions.
        public var noncurrentVersionTransitions: [NoncurrentVersionTransition]?
        /// Transitions of current objects.
        public var transitions: [Transition]?
        /// Only objects whose key starts with this prefix.
        public var prefix: String?
        /// Only objects with these tags, written in this order (an empty list writes an empty
        /// `TagFilters`, as the AWS CDK does).
        ///
        /// Default: no tag filter.
        public var tagFilters: KeyValuePairs<String, String>?
        /// Only objects larger than this many bytes (written as a number, as the AWS CDK does).
        ///
        /// Default: no minimum size.
        public var objectSizeGreaterThan: Int?
        /// Only objects smaller than this many bytes (written as a number, as the AWS CDK does).
        ///
        /// Default: no maximum size.
        public var objectSizeLessThan: Int?

        /// A rule; it needs at least one expiration or transition.
        public init(
            id: String? = nil, enabled: Bool = true,
            abortIncompleteMultipartUploadAfter: Duration? = nil,
            expiration: Duration? = nil, expirationDate: String? = nil, expiredObjectDeleteMarker: Bool? = nil,
            noncurrentVersionExpiration: Duration? = nil, noncurrentVersionsToRetain: Int? = nil,
            noncurrentVersionTransitions: [NoncurrentVersionTransition]? = nil,
            transitions: [Transition]? = nil,
            prefix: String? = nil, tagFilters: KeyValuePairs<String, String>? = nil,
            objectSizeGreaterThan: Int? = nil, objectSizeLessThan: Int? = nil
        ) {
            self.id = id
            self.enabled = enabled
            self.abortIncompleteMultipartUploadAfter = abortIncompleteMultipartUploadAfter
            self.expiration = expiration
            self.expirationDate = expirationDate
            self.expiredObjectDeleteMarker = expiredObjectDeleteMarker
            self.noncurrentVersionExpiration = noncurrentVersionExpiration
            self.noncurrentVersionsToRetain = noncurrentVersionsToRetain
            self.noncurrentVersionTransitions = noncurrentVersionTransitions
            self.transitions = transitions
            self.prefix = prefix
            self.tagFilters = tagFilters
            self.objectSizeGreaterThan = objectSizeGreaterThan
            self.objectSizeLessThan = objectSizeLessThan
        }
    }

    /// An HTTP method a CORS rule allows.
    public enum HttpMethods: String, Sendable {
        /// GET
        case get = "GET"
        /// PUT
        case put = "PUT"
        /// HEAD
        case head = "HEAD"
        /// POST
        case post = "POST"
        /// DELETE
        case delete = "DELETE"
    }

    /// A cross-origin resource sharing rule.
    public struct CorsRule: Sendable {
        /// Methods the origins may use.
        public var allowedMethods: [HttpMethods]
        /// Origins allowed to access the bucket.
        public var allowedOrigins: [String]
        /// Headers allowed in preflight requests.
        public var allowedHeaders: [String]?
        /// Response headers exposed to the browser.
        public var exposedHeaders: [String]?
        /// The rule id.
        public var id: String?
        /// How long browsers may cache the preflight response, in seconds.
        public var maxAge: Int?

        /// A CORS rule.
        public init(allowedMethods: [HttpMethods], allowedOrigins: [String], allowedHeaders: [String]? = nil,
                    exposedHeaders: [String]? = nil, id: String? = nil, maxAge: Int? = nil) {
            self.allowedMethods = allowedMethods
            self.allowedOrigins = allowedOrigins
            self.allowedHeaders = allowedHeaders
            self.exposedHeaders = exposedHeaders
            self.id = id
            self.maxAge = maxAge
        }
    }
}

extension S3 {
    /// Which objects lifecycle transitions skip by default for their size
    /// (`TransitionDefaultMinimumObjectSize`).
    public enum TransitionDefaultMinimumObjectSize: String, Sendable {
        /// Objects under 128 KB are not transitioned to any storage class.
        case allStorageClasses128K = "all_storage_classes_128K"
        /// Objects under 128 KB are not transitioned to Glacier Flexible Retrieval or Deep
        /// Archive; the minimum of other classes depends on the class.
        case variesByStorageClass = "varies_by_storage_class"
    }
}
