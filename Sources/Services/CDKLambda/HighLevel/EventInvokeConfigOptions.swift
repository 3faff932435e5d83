import CDK

extension Lambda {
    /// How Lambda retries asynchronous invocations (the AWS CDK's `EventInvokeConfigOptions`),
    /// shared by the options of functions, versions and aliases.
    public struct EventInvokeConfigOptions: ConstructProps, Sendable {
        /// How old an event may be when Lambda sends it to the function, 60 seconds to 6 hours.
        ///
        /// Default: 6 hours.
        public var maxEventAge: Duration?
        /// How many times Lambda retries when the function returns an error, 0 to 2.
        ///
        /// Default: 2.
        public var retryAttempts: Int?

        /// Options; each one left `nil` keeps Lambda's default.
        public init(maxEventAge: Duration? = nil, retryAttempts: Int? = nil) {
            self.maxEventAge = maxEventAge
            self.retryAttempts = retryAttempts
        }

        /// Whether any option is set (only then is an `EventInvokeConfig` created).
        var isSet: Bool { maxEventAge != nil || retryAttempts != nil }
    }
}
