import Testing
@testable import CDK

/// A stack's `Resources` section is written in the background once its elements render; the
/// template uses that text only while nothing changed the section.
@Suite struct ResourcesWrittenAheadTests {
    /// A producer stack whose bucket a consumer stack reads: the
    /// producer gains its export after its resources were written ahead.
    private func producerAndConsumer(description: String? = nil) throws -> (app: App, producer: Stack, bucket: CfnResource, consumer: Stack) {
        let app = try makeApp()
        let producer = try bareStack(app, "Producer")
        producer.templateOptions.description = description
        let bucket = try CfnResource(producer, "Bucket", type: "AWS::S3::Bucket", properties: ["BucketName": "data"])
        let consumer = try bareStack(app, "Consumer")
        _ = try CfnResource(consumer, "Fn", type: "AWS::Lambda::Function", properties: ["Bucket": .string(bucket.getAtt("Arn").toString())])
        try CrossStackReferences.resolve(in: app)
        return (app, producer, bucket, consumer)
    }

    /// The text and hash `stack`'s template is written with, and whether the text written ahead was used.
    private func written(_ stack: Stack) throws -> (template: JSONObject, text: String, sha256: String, usedAhead: Bool) {
        let (template, ahead) = try stack.renderTemplateWithResourcesText()
        let (text, sha256) = ResourcesWrittenAhead.write(template, ahead: ahead?.result())
        return (template, text, sha256, ahead != nil)
    }

    @Test func exportsAddedLaterKeepTheTextWrittenAhead() throws {
        let (_, producer, _, consumer) = try producerAndConsumer()
        let result = try written(producer)
        #expect(result.usedAhead)
        #expect(result.template["Outputs"] != nil)
        #expect(result.text == JSONWriter.string(.object(result.template), indent: 1))
        #expect(result.sha256 == SHA256.hex(result.text.utf8))
        let consumerResult = try written(consumer)
        #expect(consumerResult.usedAhead)
        #expect(consumerResult.text.contains("Fn::ImportValue"))
    }

    @Test func templatesStartingWithADescriptionAreHashedWhole() throws {
        let (_, producer, _, _) = try producerAndConsumer(description: "Data")
        let result = try written(producer)
        // The section's text is spliced in, but the template does not start with it.
        #expect(result.usedAhead)
        #expect(result.text.hasPrefix("{\n \"Description\": \"Data\""))
        #expect(result.text == JSONWriter.string(.object(result.template), indent: 1))
        #expect(result.sha256 == SHA256.hex(result.text.utf8))
    }

    @Test func aDescriptionSetLaterIsWritten() throws {
        let (_, producer, _, _) = try producerAndConsumer()
        producer.templateOptions.description = "Data"
        let result = try written(producer)
        #expect(!result.usedAhead)
        #expect(result.template["Description"] == "Data")
        #expect(result.text == JSONWriter.string(.object(result.template), indent: 1))
    }

    @Test func aResourceAddedLaterIsWrittenWithTheOthers() throws {
        let (_, producer, _, _) = try producerAndConsumer()
        _ = try CfnResource(producer, "Late", type: "AWS::SNS::Topic")
        let result = try written(producer)
        #expect(!result.usedAhead)
        #expect(result.template["Resources"]?.objectValue?.keys == ["Bucket", "Late"])
        #expect(result.text == JSONWriter.string(.object(result.template), indent: 1))
        #expect(result.sha256 == SHA256.hex(result.text.utf8))
    }

    @Test func aLogicalIdChangedLaterIsWritten() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let topic = try CfnResource(stack, "Topic", type: "AWS::SNS::Topic")
        try CrossStackReferences.resolve(in: app)
        try topic.overrideLogicalId("Renamed")
        let result = try written(stack)
        #expect(!result.usedAhead)
        #expect(result.template["Resources"]?.objectValue?.keys == ["Renamed"])
        #expect(result.text == JSONWriter.string(.object(result.template), indent: 1))
    }

    @Test func synthesizedTemplatesMatchTheirTextAndHash() throws {
        let (app, _, _, _) = try producerAndConsumer()
        let assembly = try app.synth()
        for stack in assembly.stacks {
            let text = try #require(assembly.files.first { $0.name == stack.templateFile }?.contents)
            #expect(text == JSONWriter.string(stack.template, indent: 1))
        }
    }
}
