// A first app: two stacks, a reference between them, a parameter, a condition and tags.
//
//     swift run hello-cdk            # synthesizes into ./cdk.out and prints the templates
//
// Deploy the assembly with the AWS CDK CLI: `cdk deploy --app cdk.out --all`.
import CDK
import Foundation
import HelloApp

let environment = ProcessInfo.processInfo.environment
let app = try App(outdir: environment["CDK_OUTDIR"] ?? "cdk.out")
try HelloApp.build(in: app)

let assembly = try app.synth()
for stack in assembly.stacks {
    print("# \(stack.displayName) (\(stack.templateFile))")
    print(JSONWriter.string(stack.template, indent: 1))
}
for message in assembly.messages { print(message) }
print("# cloud assembly written to \(assembly.directory ?? "memory")")
