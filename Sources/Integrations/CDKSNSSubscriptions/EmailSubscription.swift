import CDK
import CDKSNS

extension SNSSubscriptions {
    /// Sends messages to an e-mail address (the subscription is created under the topic, named after the address).
    public final class EmailSubscription: SNS.TopicSubscription {
        /// The address.
        public let emailAddress: String
        private let props: EmailSubscriptionProps

        /// A subscription of `emailAddress`.
        public init(_ emailAddress: String, _ props: EmailSubscriptionProps = EmailSubscriptionProps()) {
            self.emailAddress = emailAddress
            self.props = props
        }

        /// A subscription of `emailAddress`, with the props `configure` sets.
        public convenience init(_ emailAddress: String, _ props: EmailSubscriptionProps = EmailSubscriptionProps(),
                                configure: (inout EmailSubscriptionProps) throws -> Void) rethrows {
            self.init(emailAddress, try props.with(configure))
        }

        public func bind(_ topic: any SNS.TopicRef) throws -> SNS.TopicSubscriptionConfig {
            props.options.subscription(emailAddress, props.json ? .emailJson : .email, subscriberId: emailAddress)
        }
    }

    /// Sends messages to an HTTP or HTTPS URL (the protocol follows the URL's scheme).
    public final class UrlSubscription: SNS.TopicSubscription {
        /// The URL.
        public let url: String
        private let props: UrlSubscriptionProps

        /// A subscription of `url`.
        public init(_ url: String, _ props: UrlSubscriptionProps = UrlSubscriptionProps(),
                    configure: (inout UrlSubscriptionProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            if !Token.isUnresolved(url) && !url.hasPrefix("http://") && !url.hasPrefix("https://") {
                throw CDKError(code: "UrlMustStartWithHttpOrHttps", message: "URL must start with either http:// or https://, got '\(url)'")
            }
            if Token.isUnresolved(url) && props.protocol == nil {
                throw CDKError(code: "MustSpecifyProtocolIfUrlUnresolved", message: "Must provide protocol if url is unresolved")
            }
            self.url = url
            self.props = props
        }

        public func bind(_ topic: any SNS.TopicRef) throws -> SNS.TopicSubscriptionConfig {
            let proto: SNS.SubscriptionProtocol = props.protocol ?? (url.hasPrefix("https:") ? .https : .http)
            var config = props.options.subscription(url, proto, subscriberId: url)
            config.rawMessageDelivery = props.rawMessageDelivery
            return config
        }
    }
}

extension SNSSubscriptions {
    /// Sends messages as text messages to a phone number (the subscription is created under the
    /// topic, named after the number).
    public final class SmsSubscription: SNS.TopicSubscription {
        /// The phone number (E.164, `+15551231234`).
        public let phoneNumber: String
        private let props: SubscriptionProps

        /// A subscription of `phoneNumber`.
        public init(_ phoneNumber: String, _ props: SubscriptionProps = SubscriptionProps()) {
            self.phoneNumber = phoneNumber
            self.props = props
        }

        /// A subscription of `phoneNumber`, with the props `configure` sets.
        public convenience init(_ phoneNumber: String, _ props: SubscriptionProps = SubscriptionProps(),
                                configure: (inout SubscriptionProps) throws -> Void) rethrows {
            self.init(phoneNumber, try props.with(configure))
        }

        /// The filter policy applies; a dead-letter queue in the props is not used, as in the AWS CDK.
        public func bind(_ topic: any SNS.TopicRef) throws -> SNS.TopicSubscriptionConfig {
            var config = SNS.TopicSubscriptionConfig(endpoint: phoneNumber, protocol: .sms, subscriberId: phoneNumber)
            config.filterPolicy = props.filterPolicy
            return config
        }
    }
}
