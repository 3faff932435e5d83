#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension App {
    /// The entry point of an app's `main.swift`: creates the app, lets `build` add its stacks,
    /// synthesizes it, and exits. When anything throws, it prints each error on standard error
    /// as `error: [Path/To/Construct] message` (every validation error of the app, not only the
    /// first) and exits with status 1, instead of crashing with a stack trace.
    ///
    /// ```swift
    /// // Sources/MyInfra/main.swift
    /// import CDK
    ///
    /// App.main { app in
    ///     let storage = try StorageStack(app, "Storage")
    ///     _ = try ComputeStack(app, "Compute", storage: storage)
    /// }
    /// ```
    ///
    /// `swift-cdk synth` shows these lines as they are. The assembly goes to `CDK_OUTDIR` (set by
    /// the CLI), else to `outdir`, else it is only kept in memory.
    public static func main(outdir: String? = nil, _ build: (App) throws -> Void) -> Never {
        let status = runMain(outdir: outdir, writeError: StandardError.write, build)
        exit(status)
    }

    /// What ``main(outdir:_:)`` does, without exiting: returns the exit status (0, or 1 after writing
    /// the errors with `writeError`).
    public static func runMain(
        outdir: String? = nil,
        environment: [String: String]? = nil,
        writeError: (String) -> Void,
        _ build: (App) throws -> Void
    ) -> Int32 {
        do {
            let app: App
            if let environment {
                app = try App(outdir: environment["CDK_OUTDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? outdir, environment: environment)
            } else {
                app = try App(outdir: CommandLineEnvironment.value("CDK_OUTDIR").flatMap { $0.isEmpty ? nil : $0 } ?? outdir)
            }
            try build(app)
            _ = try app.synth()
            return 0
        } catch {
            let lines = errorLines(error)
            writeError(lines.map { $0 + "\n" }.joined())
            return 1
        }
    }

    /// `error: [path] message` for each error that `error` carries.
    public static func errorLines(_ error: any Error) -> [String] {
        switch error {
        case let validation as ValidationError:
            return validation.errors.map { "error: [\($0.path)] \($0.message)" }
        case let cdk as CDKError:
            return ["error: " + cdk.description]
        default:
            return ["error: \(error)"]
        }
    }
}

/// Reads one variable of the process environment.
enum CommandLineEnvironment {
    static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}

/// Writes to the process's standard error.
enum StandardError {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { buffer in
                #if canImport(Darwin)
                Darwin.write(2, buffer.baseAddress, buffer.count)
                #elseif canImport(Musl)
                Musl.write(2, buffer.baseAddress, buffer.count)
                #else
                Glibc.write(2, buffer.baseAddress, buffer.count)
                #endif
            }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
