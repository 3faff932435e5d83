import CDK

extension Lambda {
    /// The language family of a runtime.
    public enum RuntimeFamily: Sendable {
        /// Node.js.
        case nodejs
        /// Python.
        case python
        /// Java.
        case java
        /// .NET.
        case dotnet
        /// Go.
        case go
        /// Ruby.
        case ruby
        /// OS-only runtimes (`provided.al2023`).
        case other
    }

    /// A Lambda runtime (`nodejs22.x`, `python3.12`, ...), with the AWS CDK's current values.
    public struct Runtime: Sendable, Equatable {
        /// The runtime's name, as CloudFormation writes it.
        public let name: String
        /// The language family.
        public let family: RuntimeFamily
        /// Whether code can be given inline (`Code.fromInline`).
        public let supportsInlineCode: Bool

        /// A runtime; use the constants unless the runtime is newer than this library.
        public init(_ name: String, family: RuntimeFamily, supportsInlineCode: Bool = false) {
            self.name = name
            self.family = family
            self.supportsInlineCode = supportsInlineCode
        }

        /// `nodejs18.x`
        public static let nodejs18X = Runtime("nodejs18.x", family: .nodejs, supportsInlineCode: true)
        /// `nodejs20.x`
        public static let nodejs20X = Runtime("nodejs20.x", family: .nodejs, supportsInlineCode: true)
        /// `nodejs22.x`
        public static let nodejs22X = Runtime("nodejs22.x", family: .nodejs, supportsInlineCode: true)
        /// `nodejs24.x`
        public static let nodejs24X = Runtime("nodejs24.x", family: .nodejs, supportsInlineCode: true)
        /// The latest Node.js runtime the AWS CDK knows (`nodejs24.x` in AWS CDK 2.275).
        public static let nodejsLatest = nodejs24X
        /// `python3.9`
        public static let python39 = Runtime("python3.9", family: .python, supportsInlineCode: true)
        /// `python3.10`
        public static let python310 = Runtime("python3.10", family: .python, supportsInlineCode: true)
        /// `python3.11`
        public static let python311 = Runtime("python3.11", family: .python, supportsInlineCode: true)
        /// `python3.12`
        public static let python312 = Runtime("python3.12", family: .python, supportsInlineCode: true)
        /// `python3.13`
        public static let python313 = Runtime("python3.13", family: .python, supportsInlineCode: true)
        /// `python3.14`
        public static let python314 = Runtime("python3.14", family: .python, supportsInlineCode: true)
        /// `java11`
        public static let java11 = Runtime("java11", family: .java)
        /// `java17`
        public static let java17 = Runtime("java17", family: .java)
        /// `java21`
        public static let java21 = Runtime("java21", family: .java)
        /// `java25`
        public static let java25 = Runtime("java25", family: .java)
        /// `dotnet8`
        public static let dotnet8 = Runtime("dotnet8", family: .dotnet)
        /// `dotnet9`
        public static let dotnet9 = Runtime("dotnet9", family: .dotnet)
        /// `dotnet10`
        public static let dotnet10 = Runtime("dotnet10", family: .dotnet)
        /// `ruby3.2`
        public static let ruby32 = Runtime("ruby3.2", family: .ruby)
        /// `ruby3.3`
        public static let ruby33 = Runtime("ruby3.3", family: .ruby)
        /// `ruby3.4`
        public static let ruby34 = Runtime("ruby3.4", family: .ruby)
        /// `ruby4.0`
        public static let ruby40 = Runtime("ruby4.0", family: .ruby)
        /// `provided.al2`
        public static let providedAl2 = Runtime("provided.al2", family: .other)
        /// `provided.al2023`
        public static let providedAl2023 = Runtime("provided.al2023", family: .other)
    }

    /// The instruction set of a function.
    public enum Architecture: String, Sendable {
        /// `x86_64` (the default).
        case x86_64 = "x86_64"
        /// `arm64` (Graviton).
        case arm64 = "arm64"
    }

    /// X-Ray tracing of a function.
    public enum Tracing: String, Sendable {
        /// Traces sampled requests (`Active`).
        case active = "Active"
        /// Traces only requests that arrive traced (`PassThrough`).
        case passThrough = "PassThrough"
        /// No tracing property.
        case disabled = "Disabled"
    }
}
