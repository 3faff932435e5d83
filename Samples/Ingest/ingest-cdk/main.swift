// Constructs of one's own (Storage, Ingest) composed from high-level constructs, in a dev and a
// prod stack (see docs/writing-a-construct.md).
//
//     swift run ingest-cdk           # synthesizes into ./cdk.out
import CDK
import Foundation
import IngestApp

let environment = ProcessInfo.processInfo.environment
let app = try App(outdir: environment["CDK_OUTDIR"] ?? "cdk.out")
try IngestApp.build(in: app)
let assembly = try app.synth()
for stack in assembly.stacks { print("\(stack.displayName): \(stack.templateFile)") }
print("# cloud assembly written to \(assembly.directory ?? "memory")")
