// Constructs of one's own (Storage, Ingest) composed from high-level constructs, in a dev and a
// prod stack (see docs/writing-a-construct.md and Samples/Ingest/IngestApp).
//
//     swift run ingest-cdk           # synthesizes into ./cdk.out
//
// An error in the app is printed as `error: [Dev/Ingest/Handler] message` and the run exits
// with status 1.
import CDK
import IngestApp

App.main(outdir: "cdk.out") { app in
    try IngestApp.build(in: app)
    let assembly = try app.synth()
    for stack in assembly.stacks { print("\(stack.displayName): \(stack.templateFile)") }
    print("# cloud assembly written to \(assembly.directory ?? "memory")")
}
