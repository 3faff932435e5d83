import CDK

extension Lambda.Function {
    /// Environment variables the Lambda runtime sets itself.
    static let reservedEnvironmentVariables: Set<String> = [
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
        "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
    ]

    /// Throws, at `construct`, for a variable the runtime reserves.
    static func checkEnvironmentName(_ key: String, at construct: Construct) throws {
        if reservedEnvironmentVariables.contains(key) {
            throw CDKError("ReservedEnvironmentVariable", "\(key) environment variable is reserved by the lambda runtime and can not be set manually. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html", at: construct)
        }
    }

    /// Throws, at `construct`, for a known `/tmp` size outside 512 to 10,240 MiB.
    static func checkEphemeralStorage(_ size: Size?, at construct: Construct) throws {
        guard let size, !Token.isUnresolved(size.amount) else { return }
        let mebibytes = try size.toMebibytes(integral: false)
        if mebibytes < 512 || mebibytes > 10_240 {
            throw CDKError("EphemeralStorageOutOfRange", "Ephemeral storage size must be between 512 and 10240 MB, received Size.\(size.unit.rawValue)(\(JSONWriter.formatNumber(size.amount))).", at: construct)
        }
    }
}
