import CDK
import CDKSNS
import CDKSQS

extension SNSSubscriptions {
    /// Sends messages to an e-mail address (the subscription is created under the topic, named after the address).
    public final class EmailSubscription: SNS.TopicSubscription {
        /// The address.
        public let emailAddress: String
        private let json: Bool
        private let filterPolicy: JSONObject?
        private let deadLetterQueue: (any SQS.QueueRef)?

        /// A subscription of `emailAddress`; `json` sends the full notification as JSON.
        public init(_ emailAddress: String, json: Bool = false, filterPolicy: JSONObject? = nil, deadLetterQueue: (any SQS.QueueRef)? = nil) {
            self.emailAddress = emailAddress
            self.json = json
            self.filterPolicy = filterPolicy
            self.deadLetterQueue = deadLetterQueue
        }

        public func bind(_ topic: any SNS.TopicRef) throws -> SNS.TopicSubscriptionConfig {
            SNS.TopicSubscriptionConfig(endpoint: emailAddress, protocol: json ? .emailJson : .email, subscriberId: emailAddress,
                                        filterPolicy: filterPolicy, deadLetterQueue: deadLetterQueue)
        }
    }

    /// Sends messages to an HTTP or HTTPS URL (the protocol follows the URL's scheme).
    public final class UrlSubscription: SNS.TopicSubscription {
        /// The URL.
        public let url: String
        private let rawMessageDelivery: Bool?
        private let filterPolicy: JSONObject?
        private let deadLetterQueue: (any SQS.QueueRef)?
        private let subscriptionProtocol: SNS.SubscriptionProtocol?

        /// A subscription of `url`; give `protocol` when the URL is a token.
        public init(_ url: String, protocol: SNS.SubscriptionProtocol? = nil, rawMessageDelivery: Bool? = nil,
                    filterPolicy: JSONObject? = nil, deadLetterQueue: (any SQS.QueueRef)? = nil) throws {
            if !Token.isUnresolved(url) && !url.hasPrefix("http://") && !url.hasPrefix("https://") {
                throw CDKError(code: "UrlMustStartWithHttpOrHttps", message: "URL must start with either http:// or https://")
            }
            if Token.isUnresolved(url) && `protocol` == nil {
                throw CDKError(code: "MustSpecifyProtocolIfUrlUnresolved", message: "Must provide protocol if url is unresolved")
            }
            self.url = url
            self.subscriptionProtocol = `protocol`
            self.rawMessageDelivery = rawMessageDelivery
            self.filterPolicy = filterPolicy
            self.deadLetterQueue = deadLetterQueue
        }

        public func bind(_ topic: any SNS.TopicRef) throws -> SNS.TopicSubscriptionConfig {
            let proto: SNS.SubscriptionProtocol = subscriptionProtocol ?? (url.hasPrefix("https:") ? .https : .http)
            return SNS.TopicSubscriptionConfig(endpoint: url, protocol: proto, subscriberId: url,
                                               rawMessageDelivery: rawMessageDelivery, filterPolicy: filterPolicy,
                                               deadLetterQueue: deadLetterQueue)
        }
    }
}
