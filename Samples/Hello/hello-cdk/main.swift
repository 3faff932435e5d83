// A first app: a bucket, a function that reads it, and a second stack that uses the first
// one's values (see Samples/Hello/HelloApp/HelloApp.swift).
//
//     swift run hello-cdk            # synthesizes into ./cdk.out and prints the templates
//
// Deploy the assembly with the AWS CDK CLI: `cdk deploy --app cdk.out --all`. An error in the
// app is printed as `error: [HelloStorage/Uploads] message` and the run exits with status 1.
import CDK
import HelloApp

App.main(outdir: "cdk.out") { app in
    try HelloApp.build(in: app)
    let assembly = try app.synth()
    for stack in assembly.stacks {
        print("# \(stack.displayName) (\(stack.templateFile))")
        print(JSONWriter.string(stack.template, indent: 1))
    }
    for message in assembly.messages { print(message) }
    print("# cloud assembly written to \(assembly.directory ?? "memory")")
}
