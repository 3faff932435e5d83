import CDK

extension Lambda {
    /// Who may call a function URL.
    public enum FunctionUrlAuthType: String, Sendable {
        /// Only IAM principals allowed by a policy (see ``FunctionRef/grantInvokeUrl(_:)``).
        case awsIam = "AWS_IAM"
        /// Anyone: a public endpoint (the AWS CDK's `NONE`; named so that it is not mistaken
        /// for `Optional.none`).
        case noAuth = "NONE"
    }

    /// How Lambda invokes a function through its URL.
    public enum InvokeMode: String, Sendable {
        /// The response is returned once complete (up to 6 MB).
        case buffered = "BUFFERED"
        /// The response is streamed as it is produced (up to 20 MB).
        case responseStream = "RESPONSE_STREAM"
    }

    /// An HTTP method a function URL's CORS configuration allows.
    public enum HttpMethod: String, Sendable {
        /// `GET`.
        case get = "GET"
        /// `PUT`.
        case put = "PUT"
        /// `HEAD`.
        case head = "HEAD"
        /// `POST`.
        case post = "POST"
        /// `DELETE`.
        case delete = "DELETE"
        /// `PATCH`.
        case patch = "PATCH"
        /// `OPTIONS`.
        case options = "OPTIONS"
        /// Every method (`*`).
        case all = "*"
    }

    /// The cross-origin resource sharing (CORS) settings of a function URL.
    public struct FunctionUrlCorsOptions: Sendable {
        /// Whether requests may carry cookies or other credentials.
        ///
        /// Default: no `AllowCredentials` property (false).
        public var allowCredentials: Bool?
        /// The headers allowed in `Access-Control-Request-Headers`.
        ///
        /// Default: none.
        public var allowedHeaders: [String]?
        /// The methods allowed.
        ///
        /// Default: `[.all]` (`*`).
        public var allowedMethods: [HttpMethod]?
        /// The origins allowed (`https://example.com`, `*`).
        ///
        /// Default: none.
        public var allowedOrigins: [String]?
        /// The response headers exposed to the caller.
        ///
        /// Default: none.
        public var exposedHeaders: [String]?
        /// How long browsers may cache the preflight response, at most 86,400 seconds.
        ///
        /// Default: the browser's (5 seconds).
        public var maxAge: Duration?

        /// CORS settings; every member is optional.
        public init(allowCredentials: Bool? = nil, allowedHeaders: [String]? = nil, allowedMethods: [HttpMethod]? = nil,
                    allowedOrigins: [String]? = nil, exposedHeaders: [String]? = nil, maxAge: Duration? = nil) {
            self.allowCredentials = allowCredentials
            self.allowedHeaders = allowedHeaders
            self.allowedMethods = allowedMethods
            self.allowedOrigins = allowedOrigins
            self.exposedHeaders = exposedHeaders
            self.maxAge = maxAge
        }
    }

    /// The options of a function URL (the AWS CDK's `FunctionUrlOptions`), for
    /// ``FunctionRef/addFunctionUrl(_:configure:)``.
    public struct FunctionUrlOptions: ConstructProps {
        /// Who may call the URL. With `.noAuth`, the AWS CDK's two permissions for anyone
        /// (`lambda:InvokeFunctionUrl` and `lambda:InvokeFunction` via the URL) are added.
        ///
        /// Default: `.awsIam`.
        public var authType: FunctionUrlAuthType?
        /// The CORS settings.
        ///
        /// Default: no `Cors` property.
        public var cors: FunctionUrlCorsOptions?
        /// How the function is invoked.
        ///
        /// Default: no `InvokeMode` property (`BUFFERED`).
        public var invokeMode: InvokeMode?

        /// Options with every member at its default.
        public init() {}
    }

    /// The props of a ``FunctionUrl``: the function or alias, and the ``FunctionUrlOptions``.
    public struct FunctionUrlProps: ConstructProps, ExtendingOptions {
        /// The function or alias the URL invokes (not a version).
        public var function: any FunctionRef
        /// Everything else about the URL.
        public var options: FunctionUrlOptions

        /// Props of a URL of `function`.
        public init(function: any FunctionRef, options: FunctionUrlOptions = FunctionUrlOptions()) {
            self.function = function
            self.options = options
        }
    }
}
