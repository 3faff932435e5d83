/// An app command of the form `swift run [-q] [-c CONFIGURATION] [--package-path PATH] PRODUCT
/// [ARGUMENTS...]`, the one `swift-cdk init` writes into `cdk.json`. For such a command the CLI
/// builds the product itself (only when its sources changed) and runs the built executable,
/// instead of going through `swift run` every time.
struct SwiftRunCommand: Equatable {
    /// The executable product.
    var product: String
    /// `debug` or `release`.
    var configuration = "debug"
    /// `--package-path`, if given (relative to the project folder).
    var packagePath: String?
    /// The arguments after the product, passed to the executable.
    var arguments: [String] = []

    /// The command's parts, or nil when it is not a plain `swift run PRODUCT` (shell syntax,
    /// other options, no product): such commands run through the shell as they are.
    static func parse(_ command: String) -> SwiftRunCommand? {
        guard let words = plainWords(command), words.count >= 3, words[0] == "swift", words[1] == "run" else { return nil }
        var configuration = "debug", packagePath: String?
        var index = 2
        while index < words.count, words[index].hasPrefix("-") {
            let word = words[index]
            switch word {
            case "-q", "--quiet":
                index += 1
            case "-c", "--configuration", "--package-path":
                guard index + 1 < words.count else { return nil }
                if word == "--package-path" { packagePath = words[index + 1] } else { configuration = words[index + 1] }
                index += 2
            default:
                if word.hasPrefix("--configuration=") {
                    configuration = String(word.dropFirst("--configuration=".count))
                } else if word.hasPrefix("--package-path=") {
                    packagePath = String(word.dropFirst("--package-path=".count))
                } else {
                    return nil
                }
                index += 1
            }
        }
        guard index < words.count, ["debug", "release"].contains(configuration) else { return nil }
        return SwiftRunCommand(product: words[index], configuration: configuration, packagePath: packagePath,
                               arguments: Array(words[(index + 1)...]))
    }

    /// The words of `command` split at spaces, or nil when it uses anything the shell would
    /// interpret (quotes, variables, redirections, `;`, `&&`, globs...).
    private static func plainWords(_ command: String) -> [String]? {
        let special: Set<Character> = ["'", "\"", "\\", "$", "`", ";", "&", "|", "<", ">", "(", ")", "*", "?", "[", "]", "{", "}", "~", "#", "!", "\n"]
        guard !command.contains(where: special.contains) else { return nil }
        return command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
}
