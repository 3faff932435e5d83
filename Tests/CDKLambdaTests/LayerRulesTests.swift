import CDK
import CDKAssertions
import CDKLambda
import CDKS3
import Testing

/// What layers refuse, as the AWS CDK's layers and function tests check.
@Suite struct LayerRulesTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    func layer(_ stack: Stack, _ id: String, runtimes: [Lambda.Runtime]? = nil) throws -> Lambda.LayerVersion {
        let bucket = try S3.Bucket.fromBucketName(stack, id + "Bucket", bucketName: "layers")
        return try Lambda.LayerVersion(stack, id, .init(code: .fromBucket(bucket, key: id, objectVersion: "1"))) {
            $0.compatibleRuntimes = runtimes
        }
    }

    func function(_ stack: Stack) throws -> Lambda.Function {
        try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "index.handler", code: .fromInline("x")))
    }

    @Test func inlineCodeIsRefused() throws {
        let stack = try stack()
        try expectError(path: "/S/Layer", message: .containing("Inline code is not supported for AWS Lambda layers")) {
            try Lambda.LayerVersion(stack, "Layer", .init(code: .fromInline("x")))
        }
    }

    @Test func aLayerForNoRuntimeIsRefused() throws {
        let stack = try stack()
        try expectError(path: "/S/Empty", message: .containing("Attempted to define a Lambda layer that supports no runtime!")) {
            try layer(stack, "Empty", runtimes: [])
        }
        try expectError(path: "/S", message: .containing("Attempted to import a Lambda layer that supports no runtime!")) {
            try Lambda.LayerVersion.fromLayerVersionAttributes(stack, "Imported", layerVersionArn: "arn:aws:lambda:us-east-1:123456789012:layer:x:1",
                                                               compatibleRuntimes: [])
        }
    }

    @Test func anOrganizationNeedsEveryAccount() throws {
        let stack = try stack()
        let layer = try layer(stack, "Layer")
        try expectError(path: "/S/Layer", message: .containing("OrganizationId can only be specified if AwsAccountId is '*', but it is 123456789012")) {
            try layer.addPermission("Org", .init(accountId: "123456789012", organizationId: "o-123456"))
        }
    }

    @Test func aLayerForAnotherRuntimeIsRefused() throws {
        let stack = try stack()
        let fn = try function(stack)
        let nodeLayer = try layer(stack, "Node", runtimes: [.nodejs22X, .nodejs20X])
        try expectError(path: "/S/Fn", message: .containing("This lambda function uses a runtime that is incompatible with this layer (python3.12 is not in [nodejs22.x, nodejs20.x])")) {
            try fn.addLayers(nodeLayer)
        }
        try fn.addLayers(try layer(stack, "Python", runtimes: [.python312]))
        try Template(stack).hasResourceProperties("AWS::Lambda::Function", ["Layers": [["Ref": Match.anyValue()]]])
    }

    @Test func atMostFiveLayers() throws {
        let stack = try stack()
        let fn = try function(stack)
        for index in 1...5 { try fn.addLayers(try layer(stack, "L\(index)")) }
        let sixth = try layer(stack, "L6")
        try expectError(path: "/S/Fn", message: .containing("Unable to add layer: this lambda function already uses 5 layers.")) {
            try fn.addLayers(sixth)
        }
    }

    @Test func anImportedLayerKeepsItsRuntimes() throws {
        let stack = try stack()
        let imported = try Lambda.LayerVersion.fromLayerVersionAttributes(
            stack, "Imported", layerVersionArn: "arn:aws:lambda:us-east-1:123456789012:layer:shared:3", compatibleRuntimes: [.java21])
        #expect(imported.layerVersionArn == "arn:aws:lambda:us-east-1:123456789012:layer:shared:3")
        try expectError(path: "/S/Fn", message: .containing("(python3.12 is not in [java21])")) {
            try function(stack).addLayers(imported)
        }
    }
}
