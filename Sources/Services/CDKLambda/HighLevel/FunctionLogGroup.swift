import CDK
import CDKLogs

extension Lambda {
    /// `@aws-cdk/aws-lambda:useCdkManagedLogGroup`: when enabled, a function without a
    /// `logGroup` gets a log group of its own (child `LogGroup`, named
    /// `/aws/lambda/<function name>`, retained, two years' retention). Default: disabled.
    public static let useCdkManagedLogGroupFlag = "@aws-cdk/aws-lambda:useCdkManagedLogGroup"
}

extension Lambda.Function {
    /// The log group the function writes to: the given one (its name in `LoggingConfig`, see `loggingConfig(_:at:)`), or,
    /// with ``Lambda/useCdkManagedLogGroupFlag``, a new one; `nil` otherwise (Lambda makes it).
    func makeLogGroup(_ options: Lambda.FunctionOptions) throws -> (any Logs.LogGroupRef)? {
        if let logGroup = options.logGroup { return logGroup }
        guard FeatureFlags.of(self).isEnabled(Lambda.useCdkManagedLogGroupFlag) else { return nil }
        return try Logs.LogGroup(self, "LogGroup") { $0.logGroupName = "/aws/lambda/\(functionName)" }
    }
}
