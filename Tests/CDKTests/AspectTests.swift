import Testing
@testable import CDK

/// Records the order in which aspects visit constructs.
final class Recorder: @unchecked Sendable {
    var visits: [String] = []
}

final class NamedAspect: Aspect {
    let name: String
    let recorder: Recorder
    init(_ name: String, _ recorder: Recorder) {
        self.name = name
        self.recorder = recorder
    }
    func visit(_ node: Construct) throws {
        recorder.visits.append("\(name)@\(node.node.path)")
    }
}

@Suite struct AspectTests {
    @Test func aspectsRunByPriorityThenInheritanceThenInsertion() throws {
        let recorder = Recorder()
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let group = try Construct(stack, "Group")
        _ = try CfnResource(group, "T1", type: "AWS::SNS::Topic")
        Aspects.of(stack).add(NamedAspect("stackReadonly", recorder), priority: AspectPriority.readonly)
        Aspects.of(group).add(NamedAspect("groupAspect", recorder))
        Aspects.of(app).add(NamedAspect("appAspect", recorder))
        Aspects.of(stack).add(NamedAspect("stackHigh", recorder), priority: AspectPriority.mutating)
        try app.synth()
        let onT1 = recorder.visits.filter { $0.hasSuffix("@S/Group/T1") }.map { $0.split(separator: "@")[0] }
        #expect(onT1 == ["stackHigh", "appAspect", "groupAspect", "stackReadonly"])
        #expect(recorder.visits.filter { $0.hasPrefix("appAspect@") }.count == 4)
    }

    @Test func theAppKnowsWhetherItsTreeHasAspects() throws {
        let recorder = Recorder()
        let app = try makeApp()
        let stage = try Stage(app, "Prod")
        let stack = try bareStack(app, "S")
        let inStage = try Stack(stage, "Inner", synthesizer: BootstraplessSynthesizer())
        _ = try CfnResource(inStage, "T", type: "AWS::SNS::Topic")
        _ = try app.synth()
        #expect(!app.hasAspects)
        Aspects.of(try Construct(stack, "Late")).add(NamedAspect("late", recorder))
        #expect(app.hasAspects && !stage.hasAspects)
        // An aspect in a nested stage is found too: the flag is on the app.
        let app2 = try makeApp()
        let stage2 = try Stage(app2, "Prod")
        let inner2 = try Stack(stage2, "Inner", synthesizer: BootstraplessSynthesizer())
        Aspects.of(inner2).add(NamedAspect("inner", recorder))
        _ = try app2.synth()
        #expect(recorder.visits == ["inner@Prod/Inner"])
    }

    @Test func aspectsAddedByAspectsRunInALaterPass() throws {
        final class Adder: Aspect {
            let recorder: Recorder
            var added = false
            init(_ recorder: Recorder) { self.recorder = recorder }
            func visit(_ node: Construct) throws {
                if !added, node is Stack {
                    added = true
                    Aspects.of(node).add(NamedAspect("late", recorder))
                    _ = try CfnResource(node, "AddedByAspect", type: "AWS::SNS::Topic")
                }
            }
        }
        let recorder = Recorder()
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        Aspects.of(app).add(Adder(recorder))
        try app.synth()
        #expect(recorder.visits.contains("late@S/AddedByAspect"))
        #expect(try template(of: stack)["Resources"]?["AddedByAspect"] != nil)
    }

    @Test func aLowerPriorityAspectAfterAHigherOneIsAnError() throws {
        final class AddsEarlier: Aspect {
            let recorder: Recorder
            init(_ recorder: Recorder) { self.recorder = recorder }
            func visit(_ node: Construct) throws {
                if node is Stack { Aspects.of(node).add(NamedAspect("early", recorder), priority: 10) }
            }
        }
        let app = try makeApp()
        _ = try bareStack(app, "S")
        Aspects.of(app).add(AddsEarlier(Recorder()), priority: 600)
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.message.hasPrefix("Cannot invoke Aspect NamedAspect with priority 10 on node S") == true)
    }

    @Test func endlessAspectsAreStopped() throws {
        final class Forever: Aspect {
            var n = 0
            func visit(_ node: Construct) throws {
                if node is Stack {
                    n += 1
                    Aspects.of(node).add(Forever())
                }
            }
        }
        let app = try makeApp()
        _ = try bareStack(app, "S")
        Aspects.of(app).add(Forever())
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.code == "PossibleInfiniteLoopDetected")
    }
}
