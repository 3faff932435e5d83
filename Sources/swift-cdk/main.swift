// The swift-cdk command line tool: synth, ls, diff and init. See docs/cli.md.
import CDKCLI
import Foundation

exit(SwiftCDK.run(Array(CommandLine.arguments.dropFirst()), context: .standard()))
