import CDK
@testable import CDKCLI
import Foundation
import CDKDiff
import Testing

/// `App.main`: errors as `error: [path] message`, exit status 1; and how the CLI shows them.
@Suite struct AppMainTests {
    @Test func printsEveryValidationErrorWithItsPath() {
        var written = ""
        let status = App.runMain(environment: [:], writeError: { written += $0 }) { app in
            let stack = try Stack(app, "Storage")
            let bucket = try CfnResource(stack, "Data", type: "AWS::S3::Bucket")
            bucket.node.addValidation { ["the bucket needs a name"] }
            let queue = try CfnResource(stack, "Work", type: "AWS::SQS::Queue")
            queue.node.addValidation { ["the queue needs a timeout"] }
        }
        #expect(status == 1)
        #expect(written == "error: [Storage/Data] the bucket needs a name\nerror: [Storage/Work] the queue needs a timeout\n")
    }

    @Test func printsAConstructErrorWithItsPath() {
        var written = ""
        let status = App.runMain(environment: [:], writeError: { written += $0 }) { app in
            let stack = try Stack(app, "Storage")
            _ = try CfnResource(stack, "Data", type: "AWS::S3::Bucket")
            _ = try CfnResource(stack, "Data", type: "AWS::S3::Bucket")
        }
        #expect(status == 1)
        #expect(written.hasPrefix("error: [Storage] "), "\(written)")
        #expect(written.contains("Data"))
    }

    @Test func synthesizesIntoTheOutputFolder() throws {
        let folder = try temporaryDirectory() + "/out"
        var written = ""
        let status = App.runMain(environment: ["CDK_OUTDIR": folder], writeError: { written += $0 }) { app in
            _ = try CfnResource(try Stack(app, "Storage"), "Data", type: "AWS::S3::Bucket")
        }
        #expect(status == 0, "\(written)")
        #expect(AssemblyReader.isAssembly(folder))
    }

    @Test func theCLIShowsTheAppsErrorLinesWithoutACrashReport() throws {
        let directory = try temporaryDirectory()
        try write(#"{"app": "echo 'error: [Storage/Data] the bucket needs a name' >&2; echo 'error: [Storage/Work] bad' >&2; exit 1"}"#, to: "cdk.json", in: directory)
        let result = run(["synth"], in: directory)
        #expect(result.status == 1)
        #expect(result.error.contains("The app reported 2 errors:\n  error: [Storage/Data] the bucket needs a name\n  error: [Storage/Work] bad\n"))
        #expect(!result.error.contains("exit status"))
    }

    @Test func aCrashShowsItsMessageNotItsBacktrace() {
        let backtrace = (0..<40).map { "#\($0) 0x0000 in frame\($0)" }.joined(separator: "\n")
        let error = AppRunner.failure(
            .init(status: 4, crashed: true, output: "", errorOutput: "Fatal error: Unexpectedly found nil\n" + backtrace + "\nrax 0x1 rbx 0x2"),
            command: "swift run MyInfra")
        #expect(error.message.contains("The app crashed (signal 4): swift run MyInfra"))
        #expect(error.message.contains("Fatal error: Unexpectedly found nil"))
        #expect(!error.message.contains("frame3"))
        #expect(!error.message.contains("rax"))
        #expect(error.message.contains("App.main"))
    }
}
