import CDK
import CDKS3
import CDKSQS

/// Port of ../shared/conformance/04-l1-intrinsics/app.py: the low-level layer only.
/// Parameters, conditions, mappings, intrinsic functions, pseudo parameters, raw overrides,
/// DependsOn and deletion policies.
enum L1Intrinsics {
    static func synthesize(to outdir: String) throws {
        let app = try App(outdir: outdir)
        let stack = try Stack(app, "LowLevel", description: "L1 constructs and intrinsics")
        let env = try CfnParameter(stack, "Environment", type: "String", default: "dev",
                                   allowedValues: ["dev", "prod"], description: "Deployment environment")
        let isProd = try CfnCondition(stack, "IsProd", expression: Fn.conditionEquals(env.valueAsString, "prod"))
        let sizes = try CfnMapping(stack, "Sizes", mapping: ["dev": ["Retention": 1], "prod": ["Retention": 14]])

        let queue = try SQS.CfnQueue(stack, "Queue",
                                     messageRetentionPeriod: 3600,
                                     queueName: Fn.sub("${AWS::StackName}-${Env}-queue", ["Env": env.valueAsString]))
        let bucket = try S3.CfnBucket(stack, "Logs",
                                      bucketName: Fn.join("-", ["logs", Aws.accountId, Aws.region]),
                                      tags: [CfnTag(key: "retention", value: try sizes.findInMap(env.valueAsString, "Retention"))],
                                      versioningConfiguration: .init(status: Fn.conditionIf(isProd.logicalId, "Enabled", "Suspended").toString()))
        bucket.cfnOptions.deletionPolicy = .retain
        bucket.cfnOptions.updateReplacePolicy = .retain
        let dlq = try SQS.CfnQueue(stack, "Dlq", messageRetentionPeriod: 1_209_600)
        try bucket.addDependency(dlq)
        bucket.addPropertyOverride("OwnershipControls.Rules", [["ObjectOwnership": "BucketOwnerEnforced"]])
        queue.addOverride("Properties.DelaySeconds", 5)
        queue.cfnOptions.condition = isProd
        _ = try CfnOutput(stack, "QueueUrl", value: queue.ref, exportName: "low-level-queue-url", condition: isProd)
        _ = try CfnOutput(stack, "BucketArn", value: bucket.attrArn)
        _ = try CfnOutput(stack, "FirstAz", value: Fn.select(0, Fn.getAzs()))
        try app.synth()
    }
}
