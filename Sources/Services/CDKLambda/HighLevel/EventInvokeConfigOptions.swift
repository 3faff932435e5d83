import CDK

extension Lambda {
    /// How Lambda retries asynchronous invocations (the AWS CDK's `EventInvokeConfigOptions`),
    /// shared by the options of functions, versions and aliases.
    public struct EventInvokeConfigOptions: ConstructProps {
        /// Where the records of failed invocations go.
        ///
        /// Default: none.
        public var onFailure: (any Destination)?
        /// Where the records of successful invocations go.
        ///
        /// Default: none.
        public var onSuccess: (any Destination)?
        /// How old an event may be when Lambda sends it to the function, 60 seconds to 6 hours.
        ///
        /// Default: 6 hours.
        public var maxEventAge: Duration?
        /// How many times Lambda retries when the function returns an error, 0 to 2.
        ///
        /// Default: 2.
        public var retryAttempts: Int?

        /// Options; each one left `nil` keeps Lambda's default.
        public init(onFailure: (any Destination)? = nil, onSuccess: (any Destination)? = nil, maxEventAge: Duration? = nil, retryAttempts: Int? = nil) {
            self.onFailure = onFailure
            self.onSuccess = onSuccess
            self.maxEventAge = maxEventAge
            self.retryAttempts = retryAttempts
        }

        /// Whether any option is set (only then is an `EventInvokeConfig` created).
        var isSet: Bool { onFailure != nil || onSuccess != nil || maxEventAge != nil || retryAttempts != nil }
    }
}
