import CDK

extension Lambda {
    /// How Lambda retries asynchronous invocations of a function, version or alias
    /// (`AWS::Lambda::EventInvokeConfig`); see ``FunctionRef/configureAsyncInvoke(_:)``.
    public final class EventInvokeConfig: Resource {
        /// The configuration's CloudFormation resource.
        public let cfnEventInvokeConfig: CfnEventInvokeConfig

        /// The configuration of `function` with `options`.
        public init(_ scope: Construct, _ id: String, function: any FunctionRef, options: EventInvokeConfigOptions) throws {
            let this = try ConstructScope(scope, id)
            var maxEventAge: Double?
            if let age = options.maxEventAge {
                let seconds = try age.toSeconds()
                if !Token.isUnresolved(seconds) && !(60...21_600).contains(seconds) {
                    throw CDKError("InvalidMaxEventAge", "`maximumEventAge` must represent a `Duration` that is between 60 and 21600 seconds, got \(age).", at: this)
                }
                maxEventAge = seconds
            }
            if let retries = options.retryAttempts, !(0...2).contains(retries) {
                throw CDKError("InvalidRetryAttempts", "`retryAttempts` must be between 0 and 2, got \(retries).", at: this)
            }
            // Destinations bind first: a function receiving only the response adds its rule here.
            let onFailure = try options.onFailure?.bind(this, function: function, options: .init(type: .failure))
            let onSuccess = try options.onSuccess?.bind(this, function: function, options: .init(type: .success))
            let destinations = onFailure == nil && onSuccess == nil ? nil : CfnEventInvokeConfig.DestinationConfigProperty(
                onFailure: onFailure.map { CfnEventInvokeConfig.OnFailureProperty(destination: $0.destination) },
                onSuccess: onSuccess.map { CfnEventInvokeConfig.OnSuccessProperty(destination: $0.destination) })
            cfnEventInvokeConfig = try CfnEventInvokeConfig(
                this, "Resource", destinationConfig: destinations, functionName: function.unqualifiedFunction.functionName,
                maximumEventAgeInSeconds: maxEventAge, maximumRetryAttempts: options.retryAttempts.map(Double.init),
                qualifier: function.qualifier ?? "$LATEST")
            try super.init(this)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.EventInvokeConfig") }
    }
}
