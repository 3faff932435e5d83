// The serverless sample: an order service with a function, a table, a bucket, a topic, a
// queue and an alarm (see Samples/Serverless/ServerlessApp/ServerlessApp.swift).
//
//     swift run serverless-cdk        # synthesizes into ./cdk.out and prints the template
//
// Deploy it with the AWS CDK CLI: `cdk deploy --app cdk.out`. An error in the app is printed
// as `error: [ServerlessOrders/Orders] message` and the run exits with status 1.
import CDK
import ServerlessApp

App.main(outdir: "cdk.out") { app in
    try ServerlessApp.build(in: app)
    let assembly = try app.synth()
    for stack in assembly.stacks {
        print("# \(stack.displayName) (\(stack.templateFile))")
        print(JSONWriter.string(stack.template, indent: 1))
    }
    for message in assembly.messages { print(message) }
    print("# cloud assembly written to \(assembly.directory ?? "memory")")
}
