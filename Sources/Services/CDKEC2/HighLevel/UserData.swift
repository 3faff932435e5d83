import CDK

extension EC2 {
    /// The operating system of a machine image, which decides the default user data.
    public enum OperatingSystemType: Sendable, Equatable {
        /// Linux: `#!/bin/bash` scripts.
        case linux
        /// Windows: PowerShell scripts.
        case windows
        /// Not known: no default user data.
        case unknown
    }

    /// The options of ``UserData/forLinux(_:)``.
    public struct LinuxUserDataOptions: Sendable {
        /// The first line of the script.
        ///
        /// Default: `#!/bin/bash`.
        public var shebang: String?

        /// Options with the shebang given.
        public init(shebang: String? = nil) { self.shebang = shebang }
    }

    /// The options of ``UserData/forWindows(_:)``.
    public struct WindowsUserDataOptions: Sendable {
        /// Whether the script runs at every start of the instance, not only the first.
        ///
        /// Default: `false`.
        public var persist = false

        /// Options with `persist` given.
        public init(persist: Bool = false) { self.persist = persist }
    }

    /// The script an instance runs when it starts (the AWS CDK's `ec2.UserData`). It stays
    /// mutable: commands added after the instance was created are in its template too.
    /// ``render()`` writes it exactly as the AWS CDK does (the shebang, the exit trap, then
    /// the commands).
    ///
    /// ```swift
    /// let userData = EC2.UserData.forLinux()
    /// userData.addCommands("yum install -y nginx", "systemctl start nginx")
    /// ```
    public final class UserData {
        private enum Kind {
            case linux(shebang: String)
            case windows(persist: Bool)
            case custom
        }

        private let kind: Kind
        private var lines: [String] = []
        private var onExitLines: [String] = []

        private init(_ kind: Kind) { self.kind = kind }

        /// A bash script (or another interpreter with `shebang`).
        public static func forLinux(_ options: LinuxUserDataOptions = LinuxUserDataOptions()) -> UserData {
            UserData(.linux(shebang: options.shebang ?? "#!/bin/bash"))
        }

        /// A PowerShell script.
        public static func forWindows(_ options: WindowsUserDataOptions = WindowsUserDataOptions()) -> UserData {
            UserData(.windows(persist: options.persist))
        }

        /// User data of exactly `content` (no shebang is added).
        public static func custom(_ content: String) -> UserData {
            let userData = UserData(.custom)
            userData.addCommands(content)
            return userData
        }

        /// The default user data of `os`; throws for an unknown operating system.
        public static func forOperatingSystem(_ os: OperatingSystemType) throws -> UserData {
            switch os {
            case .linux: return forLinux()
            case .windows: return forWindows()
            case .unknown:
                throw CDKError(code: "CannotDetermineUserData", message: "Cannot determine UserData for unknown operating system type. Give the user data explicitly (UserData.forLinux(), UserData.forWindows() or UserData.custom(_:)).")
            }
        }

        /// Adds commands to the script.
        public func addCommands(_ commands: String...) { lines.append(contentsOf: commands) }

        /// Adds commands to the script.
        public func addCommands(_ commands: [String]) { lines.append(contentsOf: commands) }

        /// Adds commands that run when the script exits (in a trap); not for custom user data.
        public func addOnExitCommands(_ commands: String...) throws {
            if case .custom = kind {
                throw CDKError(code: "CustomUserDataDoesNotSupportAddOnExitCommands", message: "CustomUserData does not support addOnExitCommands, use UserData.forLinux() or UserData.forWindows() instead.")
            }
            onExitLines.append(contentsOf: commands)
        }

        /// Adds commands that run `filePath` (with `arguments`); not for custom user data.
        public func addExecuteFileCommand(filePath: String, arguments: String? = nil) throws {
            let call = "'\(filePath)' \(arguments ?? "")".trimmingTrailingSpaces
            switch kind {
            case .linux:
                addCommands("set -e", "chmod +x '\(filePath)'", call)
            case .windows:
                addCommands("&\(call)", "if (!$?) { Write-Error 'Failed to execute the file \"\(filePath)\"' -ErrorAction Stop }")
            case .custom:
                throw CDKError(code: "CustomUserDataDoesNotSupportAddExecuteFileCommand", message: "CustomUserData does not support addExecuteFileCommand, use UserData.forLinux() or UserData.forWindows() instead.")
            }
        }

        /// The script, as the instance receives it (before base64).
        public func render() -> String {
            switch kind {
            case .linux(let shebang):
                let trap = onExitLines.isEmpty ? [] : ["function exitTrap(){", "exitCode=$?"] + onExitLines + ["}", "trap exitTrap EXIT"]
                return ([shebang] + trap + lines).joined(separator: "\n")
            case .windows(let persist):
                let trap = onExitLines.isEmpty ? [] : ["trap {", "$success=($PSItem.Exception.Message -eq \"Success\")"] + onExitLines + ["break", "}"]
                let body = (trap + lines + (onExitLines.isEmpty ? [] : ["throw \"Success\""])).joined(separator: "\n")
                return "<powershell>\(body)</powershell>\(persist ? "<persist>true</persist>" : "")"
            case .custom:
                return lines.joined(separator: "\n")
            }
        }
    }
}

extension String {
    /// The string without the spaces at its ends (as JavaScript's `trim` of a command line).
    fileprivate var trimmingTrailingSpaces: String {
        var result = Substring(self)
        while result.first == " " { result = result.dropFirst() }
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
