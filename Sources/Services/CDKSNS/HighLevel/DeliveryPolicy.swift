import CDK

extension SNS {
    /// How SNS retries and throttles deliveries to an HTTP or HTTPS endpoint (the AWS CDK's
    /// `DeliveryPolicy`).
    public struct DeliveryPolicy {
        /// The retry policy.
        ///
        /// Default: the SNS retry policy.
        public var healthyRetryPolicy: HealthyRetryPolicy?
        /// The throttle policy.
        ///
        /// Default: no throttling.
        public var throttlePolicy: ThrottlePolicy?
        /// The request policy.
        ///
        /// Default: the SNS request policy.
        public var requestPolicy: RequestPolicy?

        /// A delivery policy; the members left `nil` are not rendered.
        public init(healthyRetryPolicy: HealthyRetryPolicy? = nil, throttlePolicy: ThrottlePolicy? = nil, requestPolicy: RequestPolicy? = nil) {
            self.healthyRetryPolicy = healthyRetryPolicy
            self.throttlePolicy = throttlePolicy
            self.requestPolicy = requestPolicy
        }
    }

    /// How the delay between retries grows.
    public enum BackoffFunction: String, Sendable {
        /// Arithmetically.
        case arithmetic = "ARITHMETIC"
        /// Exponentially.
        case exponential = "EXPONENTIAL"
        /// Geometrically.
        case geometric = "GEOMETRIC"
        /// Linearly.
        case linear = "LINEAR"
    }

    /// How SNS retries a delivery (the AWS CDK's `HealthyRetryPolicy`).
    public struct HealthyRetryPolicy {
        /// The shortest delay between retries, a whole number of seconds from 1 to 3,600.
        ///
        /// Default: 20 seconds.
        public var minDelayTarget: Duration?
        /// The longest delay between retries, a whole number of seconds from 1 to 3,600.
        ///
        /// Default: 20 seconds.
        public var maxDelayTarget: Duration?
        /// The number of retries, 0 to 100.
        ///
        /// Default: 3.
        public var numRetries: Int?
        /// The number of retries without delay.
        ///
        /// Default: no property (0).
        public var numNoDelayRetries: Int?
        /// The number of retries at the shortest delay.
        ///
        /// Default: no property (0).
        public var numMinDelayRetries: Int?
        /// The number of retries at the longest delay.
        ///
        /// Default: no property (0).
        public var numMaxDelayRetries: Int?
        /// How the delay grows.
        ///
        /// Default: no property (`LINEAR`).
        public var backoffFunction: BackoffFunction?

        /// A retry policy; the members left `nil` take their defaults.
        public init(minDelayTarget: Duration? = nil, maxDelayTarget: Duration? = nil, numRetries: Int? = nil,
                    numNoDelayRetries: Int? = nil, numMinDelayRetries: Int? = nil, numMaxDelayRetries: Int? = nil,
                    backoffFunction: BackoffFunction? = nil) {
            self.minDelayTarget = minDelayTarget
            self.maxDelayTarget = maxDelayTarget
            self.numRetries = numRetries
            self.numNoDelayRetries = numNoDelayRetries
            self.numMinDelayRetries = numMinDelayRetries
            self.numMaxDelayRetries = numMaxDelayRetries
            self.backoffFunction = backoffFunction
        }
    }

    /// How fast SNS delivers (the AWS CDK's `ThrottlePolicy`).
    public struct ThrottlePolicy {
        /// The most deliveries per second, 1 or more.
        ///
        /// Default: no limit.
        public var maxReceivesPerSecond: Int?

        /// A throttle policy.
        public init(maxReceivesPerSecond: Int? = nil) {
            self.maxReceivesPerSecond = maxReceivesPerSecond
        }
    }

    /// What SNS sends (the AWS CDK's `RequestPolicy`).
    public struct RequestPolicy {
        /// The `Content-Type` header of the requests.
        ///
        /// Default: `text/plain; charset=UTF-8`.
        public var headerContentType: String?

        /// A request policy.
        public init(headerContentType: String? = nil) {
            self.headerContentType = headerContentType
        }
    }
}

extension SNS.DeliveryPolicy {
    /// The `DeliveryPolicy` property, after the AWS CDK's checks (errors at `construct`).
    func rendered(for protocol: SNS.SubscriptionProtocol, at construct: Construct) throws -> JSONValue {
        guard [.http, .https].contains(`protocol`) else {
            throw CDKError("DeliveryPolicySupportedSubscriptions",
                           "Delivery policy is only supported for HTTP and HTTPS subscriptions, got: \(`protocol`.rawValue)", at: construct)
        }
        var object: JSONObject = [:]
        if let retry = healthyRetryPolicy { object["healthyRetryPolicy"] = .object(try retry.rendered(at: construct)) }
        if let throttle = throttlePolicy {
            var rendered: JSONObject = [:]
            if let maxReceives = throttle.maxReceivesPerSecond {
                if maxReceives < 1 {
                    throw CDKError("MaxReceivesPerSecondInteger", "maxReceivesPerSecond must be an integer greater than zero, got: \(maxReceives)", at: construct)
                }
                rendered["maxReceivesPerSecond"] = .number(Double(maxReceives))
            }
            object["throttlePolicy"] = .object(rendered)
        }
        if let request = requestPolicy {
            var rendered: JSONObject = [:]
            if let contentType = request.headerContentType { rendered["headerContentType"] = .string(contentType) }
            object["requestPolicy"] = .object(rendered)
        }
        return .object(object)
    }
}

extension SNS.HealthyRetryPolicy {
    /// The `healthyRetryPolicy` object, with the AWS CDK's defaults for what CloudFormation requires.
    func rendered(at construct: Construct) throws -> JSONObject {
        let minSeconds = try delaySeconds(minDelayTarget, "minDelayTarget", code: "MinDelayTarget", at: construct)
        let maxSeconds = try delaySeconds(maxDelayTarget, "maxDelayTarget", code: "MaxDelayTarget", at: construct)
        if let minSeconds, let maxSeconds, minSeconds > maxSeconds {
            throw CDKError("MinDelayTargetExceedMax", "minDelayTarget must not exceed maxDelayTarget (\(Self.format(minSeconds))s > \(Self.format(maxSeconds))s)", at: construct)
        }
        if let numRetries, !(0...100).contains(numRetries) {
            throw CDKError("NumRetries", "numRetries must be between 0 and 100 inclusive, got: \(numRetries)", at: construct)
        }
        for (name, code, value) in [("numNoDelayRetries", "NumDelayRetriesIntegerZero", numNoDelayRetries),
                                    ("numMinDelayRetries", "NumMinDelayRetriesInteger", numMinDelayRetries),
                                    ("numMaxDelayRetries", "NumMaxDelayRetriesInteger", numMaxDelayRetries)] {
            if let value, value < 0 {
                throw CDKError(code, "\(name) must be an integer zero or greater, got: \(value)", at: construct)
            }
        }
        var object: JSONObject = [
            "minDelayTarget": .number(minSeconds ?? 20),
            "maxDelayTarget": .number(maxSeconds ?? 20),
            "numRetries": .number(Double(numRetries ?? 3)),
        ]
        if let numNoDelayRetries { object["numNoDelayRetries"] = .number(Double(numNoDelayRetries)) }
        if let numMinDelayRetries { object["numMinDelayRetries"] = .number(Double(numMinDelayRetries)) }
        if let numMaxDelayRetries { object["numMaxDelayRetries"] = .number(Double(numMaxDelayRetries)) }
        if let backoffFunction { object["backoffFunction"] = .string(backoffFunction.rawValue) }
        return object
    }

    /// A delay in whole seconds from 1 to 3,600, or `nil` when not given.
    private func delaySeconds(_ delay: Duration?, _ name: String, code: String, at construct: Construct) throws -> Double? {
        guard let delay else { return nil }
        let millis = try delay.toMilliseconds(integral: false)
        if millis.truncatingRemainder(dividingBy: 1000) != 0 {
            throw CDKError("\(code)WholeNumber", "\(name) must be a whole number of seconds, got: \(delay)", at: construct)
        }
        let seconds = millis / 1000
        if seconds < 1 || seconds > 3600 {
            throw CDKError(code, "\(name) must be between 1 and 3600 seconds inclusive, got: \(Self.format(seconds))s", at: construct)
        }
        return seconds
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
