import CDK
import CDKAssertions
import CDKLambda
import Testing

/// What the logging and SnapStart options refuse, as the AWS CDK's function tests check.
@Suite struct FunctionRuntimeOptionRulesTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    func function(_ stack: Stack, runtime: Lambda.Runtime = .python312,
                  _ configure: (inout Lambda.FunctionProps) throws -> Void) throws -> Lambda.Function {
        try Lambda.Function(stack, "Fn", .init(runtime: runtime, handler: "index.handler", code: .fromInline("x")), configure: configure)
    }

    @Test func logLevelsNeedTheJsonFormat() throws {
        try expectError(path: "/S/Fn", message: .containing("To use ApplicationLogLevel and/or SystemLogLevel you must set LogFormat to 'JSON', got 'undefined'")) {
            try function(try stack()) { $0.applicationLogLevel = .info }
        }
        try expectError(path: "/S/Fn", message: .containing("you must set LoggingFormat to 'JSON', got 'Text'")) {
            try function(try stack()) {
                $0.loggingFormat = .text
                $0.systemLogLevel = .debug
            }
        }
    }

    @Test func snapStartNeedsASupportedRuntime() throws {
        try expectError(path: "/S/Fn", message: .containing("SnapStart currently not supported by runtime nodejs22.x")) {
            try function(try stack(), runtime: .nodejs22X) { $0.snapStart = .onPublishedVersions }
        }
        let javaStack = try stack()
        _ = try function(javaStack, runtime: .python313) { $0.snapStart = .onPublishedVersions }
        try Template(javaStack).hasResourceProperties("AWS::Lambda::Function", ["SnapStart": ["ApplyOn": "PublishedVersions"]])
    }

    @Test func snapStartNeedsTheSmallestEphemeralStorage() throws {
        try expectError(path: "/S/Fn", message: .containing("SnapStart is currently not supported using more than 512 MiB Ephemeral Storage")) {
            try function(try stack()) {
                $0.snapStart = .onPublishedVersions
                $0.ephemeralStorageSize = .mebibytes(1024)
            }
        }
    }
}
