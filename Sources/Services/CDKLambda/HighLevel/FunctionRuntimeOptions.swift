import CDK
import CDKLogs

extension Lambda {
    /// The format of a function's logs (`LoggingConfig.LogFormat`).
    public enum LoggingFormat: String, Sendable {
        /// Plain text.
        case text = "Text"
        /// Structured JSON (needed for log levels).
        case json = "JSON"
    }

    /// The lowest level of the application logs Lambda keeps (`LoggingConfig.ApplicationLogLevel`).
    public enum ApplicationLogLevel: String, Sendable {
        /// `TRACE`.
        case trace = "TRACE"
        /// `DEBUG`.
        case debug = "DEBUG"
        /// `INFO`.
        case info = "INFO"
        /// `WARN`.
        case warn = "WARN"
        /// `ERROR`.
        case error = "ERROR"
        /// `FATAL`.
        case fatal = "FATAL"
    }

    /// The lowest level of the system logs Lambda keeps (`LoggingConfig.SystemLogLevel`).
    public enum SystemLogLevel: String, Sendable {
        /// `DEBUG`.
        case debug = "DEBUG"
        /// `INFO`.
        case info = "INFO"
        /// `WARN`.
        case warn = "WARN"
    }

    /// What Lambda does when it detects the function calling itself in a loop (`RecursiveLoop`).
    public enum RecursiveLoop: String, Sendable {
        /// Let the loop run.
        case allow = "Allow"
        /// Stop it (the service's default).
        case terminate = "Terminate"
    }

    /// When the function's runtime is updated (`RuntimeManagementConfig`).
    public struct RuntimeManagementMode: Sendable, Equatable {
        /// `UpdateRuntimeOn`.
        public let mode: String
        /// The runtime version of `Manual` mode.
        public let runtimeVersionArn: String?

        /// Lambda updates the runtime when it sees fit.
        public static let auto = RuntimeManagementMode(mode: "Auto", runtimeVersionArn: nil)
        /// The runtime is updated when the function is.
        public static let functionUpdate = RuntimeManagementMode(mode: "FunctionUpdate", runtimeVersionArn: nil)
        /// The runtime stays at `runtimeVersionArn`.
        public static func manual(_ runtimeVersionArn: String) -> RuntimeManagementMode {
            RuntimeManagementMode(mode: "Manual", runtimeVersionArn: runtimeVersionArn)
        }

        var config: CfnFunction.RuntimeManagementConfigProperty {
            CfnFunction.RuntimeManagementConfigProperty(runtimeVersionArn: runtimeVersionArn, updateRuntimeOn: mode)
        }
    }

    /// SnapStart: which versions start from a snapshot (`SnapStart.ApplyOn`).
    public struct SnapStartConf: Sendable, Equatable {
        /// `ApplyOn`.
        public let applyOn: String

        /// Published versions start from a snapshot.
        public static let onPublishedVersions = SnapStartConf(applyOn: "PublishedVersions")
    }

    /// How a function isolates its tenants (the AWS CDK's `TenancyConfig`, `TenancyConfig.TenantIsolationMode`).
    public struct TenancyConfig: Sendable, Equatable {
        /// `TenantIsolationMode`.
        public let tenantIsolationMode: String

        /// Each tenant gets execution environments of its own, reused only for that tenant.
        public static let perTenant = TenancyConfig(tenantIsolationMode: "PER_TENANT")

        var property: CfnFunction.TenancyConfigProperty { .init(tenantIsolationMode: tenantIsolationMode) }
    }
}

extension Lambda.Runtime {
    /// Whether SnapStart works with the runtime (Java 11 and later, Python 3.12 and later, .NET 8 and later).
    public var supportsSnapStart: Bool {
        ["python3.12", "python3.13", "python3.14", "java11", "java17", "java21", "java25", "dotnet8", "dotnet9", "dotnet10"].contains(name)
    }
}

extension Lambda.Function {
    /// `LoggingConfig`, as the AWS CDK writes it: once a format or log group is given; log
    /// levels need the JSON format.
    static func loggingConfig(_ options: Lambda.FunctionOptions, at this: ConstructScope) throws -> Lambda.CfnFunction.LoggingConfigProperty? {
        if options.applicationLogLevel != nil || options.systemLogLevel != nil {
            // The AWS CDK's two messages: without any format it names LogFormat, with another format LoggingFormat.
            if options.loggingFormat == nil {
                throw CDKError("JsonLogFormatRequired", "To use ApplicationLogLevel and/or SystemLogLevel you must set LogFormat to 'JSON', got 'undefined'. Set loggingFormat to .json.", at: this)
            }
            if let format = options.loggingFormat, format != .json {
                throw CDKError("JsonLoggingFormatRequired", "To use ApplicationLogLevel and/or SystemLogLevel you must set LoggingFormat to 'JSON', got '\(format.rawValue)'. Set loggingFormat to .json.", at: this)
            }
        }
        guard options.loggingFormat != nil || options.logGroup != nil else { return nil }
        return Lambda.CfnFunction.LoggingConfigProperty(applicationLogLevel: options.applicationLogLevel?.rawValue,
                                                        logFormat: options.loggingFormat?.rawValue,
                                                        logGroup: options.logGroup?.logGroupName,
                                                        systemLogLevel: options.systemLogLevel?.rawValue)
    }

    /// `SnapStart`, checked as the AWS CDK checks it.
    static func snapStart(_ props: Lambda.FunctionProps, at this: ConstructScope) throws -> Lambda.CfnFunction.SnapStartProperty? {
        guard let snapStart = props.snapStart else { return nil }
        if !props.runtime.supportsSnapStart {
            throw CDKError("SnapStartCurrentlySupportedRuntime", "SnapStart currently not supported by runtime \(props.runtime.name). Use Java 11 or later, Python 3.12 or later, or .NET 8 or later.", at: this)
        }
        if props.tenancyConfig != nil {
            throw CDKError("SnapStartSupportedFunctionsTenant", "SnapStart is not supported for functions with tenant isolation mode. Leave snapStart or tenancyConfig unset.", at: this)
        }
        if let size = props.ephemeralStorageSize, try this.converting("ephemeralStorageSize", { try size.toMebibytes() }) > 512 {
            throw CDKError("SnapStartCurrentlySupportedMi", "SnapStart is currently not supported using more than 512 MiB Ephemeral Storage. Leave ephemeralStorageSize at 512 MiB.", at: this)
        }
        return Lambda.CfnFunction.SnapStartProperty(applyOn: snapStart.applyOn)
    }
}
