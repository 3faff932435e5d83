import CDK

extension S3 {
    /// The protocol of a website redirect.
    public enum RedirectProtocol: String, Sendable {
        /// `http`
        case http = "http"
        /// `https`
        case https = "https"
    }

    /// Where a website bucket redirects every request (`RedirectAllRequestsTo`).
    public struct RedirectTarget: Sendable {
        /// The host requests go to.
        public var hostName: String
        /// The protocol of the redirect.
        ///
        /// Default: the protocol of the original request.
        public var `protocol`: RedirectProtocol?

        /// A redirect to `hostName`.
        public init(hostName: String, protocol: RedirectProtocol? = nil) {
            self.hostName = hostName
            self.protocol = `protocol`
        }
    }

    /// What a routing rule does with the object key of a redirected request.
    public struct ReplaceKey: Sendable {
        /// The key to redirect to, instead of the requested key.
        public let withKey: String?
        /// The prefix that replaces the matched prefix of the requested key.
        public let prefixWithKey: String?

        /// Redirects to `keyReplacement` (`ReplaceKeyWith`).
        public static func with(_ keyReplacement: String) -> ReplaceKey { ReplaceKey(withKey: keyReplacement, prefixWithKey: nil) }
        /// Replaces the condition's key prefix with `keyReplacement` (`ReplaceKeyPrefixWith`).
        public static func prefixWith(_ keyReplacement: String) -> ReplaceKey { ReplaceKey(withKey: nil, prefixWithKey: keyReplacement) }
    }

    /// When a routing rule applies; at least one member must be set.
    public struct RoutingRuleCondition: Sendable {
        /// The HTTP error code the request must have returned (`404`).
        ///
        /// Default: any code.
        public var httpErrorCodeReturnedEquals: String?
        /// The prefix the requested key must have (may be empty).
        ///
        /// Default: any key.
        public var keyPrefixEquals: String?

        /// A condition.
        public init(httpErrorCodeReturnedEquals: String? = nil, keyPrefixEquals: String? = nil) {
            self.httpErrorCodeReturnedEquals = httpErrorCodeReturnedEquals
            self.keyPrefixEquals = keyPrefixEquals
        }
    }

    /// A website routing rule: redirects matching requests.
    public struct RoutingRule: Sendable {
        /// The host to redirect to.
        ///
        /// Default: the host of the original request.
        public var hostName: String?
        /// The HTTP redirect code (`301`).
        ///
        /// Default: `302`, as S3 does.
        public var httpRedirectCode: String?
        /// The protocol of the redirect.
        ///
        /// Default: the protocol of the original request.
        public var `protocol`: RedirectProtocol?
        /// How the object key changes.
        ///
        /// Default: the key stays as requested.
        public var replaceKey: ReplaceKey?
        /// When the rule applies.
        ///
        /// Default: always.
        public var condition: RoutingRuleCondition?

        /// A routing rule.
        public init(hostName: String? = nil, httpRedirectCode: String? = nil, protocol: RedirectProtocol? = nil,
                    replaceKey: ReplaceKey? = nil, condition: RoutingRuleCondition? = nil) {
            self.hostName = hostName
            self.httpRedirectCode = httpRedirectCode
            self.protocol = `protocol`
            self.replaceKey = replaceKey
            self.condition = condition
        }
    }
}

extension S3.Bucket {
    /// The `WebsiteConfiguration` property, as the AWS CDK's `renderWebsiteConfiguration`.
    static func renderWebsite(_ props: S3.BucketProps, at this: Construct) throws -> S3.CfnBucket.WebsiteConfigurationProperty? {
        if props.websiteErrorDocument == nil && props.websiteIndexDocument == nil && props.websiteRedirect == nil && props.websiteRoutingRules == nil {
            return nil
        }
        if props.websiteErrorDocument != nil && props.websiteIndexDocument == nil {
            throw CDKError("WebsiteIndexDocumentRequiredWebsite",
                           "\"websiteIndexDocument\" is required if \"websiteErrorDocument\" is set", at: this)
        }
        if props.websiteRedirect != nil && (props.websiteErrorDocument != nil || props.websiteIndexDocument != nil || props.websiteRoutingRules != nil) {
            throw CDKError("WebsiteIndexDocumentWebsiteError",
                           "\"websiteIndexDocument\", \"websiteErrorDocument\" and, \"websiteRoutingRules\" cannot be set if \"websiteRedirect\" is used", at: this)
        }
        let routingRules = try props.websiteRoutingRules.map { rules in
            try rules.map { rule -> S3.CfnBucket.RoutingRuleProperty in
                if let condition = rule.condition, condition.httpErrorCodeReturnedEquals == nil && condition.keyPrefixEquals == nil {
                    throw CDKError("ConditionPropertyCannotEmptyObject",
                                   "The condition property cannot be an empty object: set 'httpErrorCodeReturnedEquals' or 'keyPrefixEquals', or leave the condition out.", at: this)
                }
                return .init(redirectRule: .init(hostName: rule.hostName, httpRedirectCode: rule.httpRedirectCode, protocol: rule.protocol?.rawValue,
                                                 replaceKeyPrefixWith: rule.replaceKey?.prefixWithKey, replaceKeyWith: rule.replaceKey?.withKey),
                             routingRuleCondition: rule.condition.map {
                                 .init(httpErrorCodeReturnedEquals: $0.httpErrorCodeReturnedEquals, keyPrefixEquals: $0.keyPrefixEquals)
                             })
            }
        }
        return .init(errorDocument: props.websiteErrorDocument, indexDocument: props.websiteIndexDocument,
                     redirectAllRequestsTo: props.websiteRedirect.map { .init(hostName: $0.hostName, protocol: $0.protocol?.rawValue) },
                     routingRules: routingRules)
    }
}
