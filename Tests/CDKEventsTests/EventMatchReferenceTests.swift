import CDK
import CDKAssertions
import CDKEvents
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/events-match-reference/app.py (event pattern matchers)
/// must synthesize the AWS CDK's template.
@Suite struct EventMatchReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/events-match-reference/expected/Patterns.template.json")

    typealias M = Events.Match

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Patterns")
        _ = try Events.Rule(stack, "Matchers") {
            $0.eventPattern = Events.EventPattern(
                source: M.prefix("aws."),
                detailType: M.anythingBut("Noise", "Chatter"),
                account: M.anyOf(M.exactString("111111111111"), M.suffix("2222")),
                detail: [
                    "state": M.anythingButPrefix("temp-", "test-").jsonValue,
                    "name": M.wildcard("order-*-eu").jsonValue,
                    "code": M.anythingBut(404, 500).jsonValue,
                    "size": M.interval(10, 20).jsonValue,
                    "count": M.allOf(M.greaterThan(0), M.lessThan(100)).jsonValue,
                    "ratio": M.greaterThanOrEqual(0.5).jsonValue,
                    "score": M.lessThanOrEqual(9).jsonValue,
                    "exact": M.equal(3).jsonValue,
                    "owner": M.exists().jsonValue,
                    "legacy": M.doesNotExist().jsonValue,
                    "parent": M.nullValue().jsonValue,
                    "ip": M.cidr("10.0.0.0/8").jsonValue,
                    "ip6": M.ipAddressRange("2001:db8::/32").jsonValue,
                    "color": M.equalsIgnoreCase("Red").jsonValue,
                    "env": M.anythingButSuffix("-dev").jsonValue,
                    "path": M.anythingButWildcard("/tmp/*").jsonValue,
                    "tier": M.anythingButEqualsIgnoreCase("Free", "Trial").jsonValue,
                    "nested": ["deep": M.prefix("x").jsonValue],
                    "plain": ["a", "b"],
                ])
        }
        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Patterns")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Patterns.template.json" }?.contents == expectedText)
    }

    @Test func wrongMatchersAreErrorsOfTheRule() throws {
        for (detail, message) in [
            (M.cidr("nope").jsonValue, "Invalid IP address range: nope"),
            (M.interval(5, 1).jsonValue, "Invalid interval: [5, 1]"),
            (M.anyOf().jsonValue, "A list of matchers must contain at least one element."),
            (M.anythingButPrefix().jsonValue, "anythingBut matchers must be non-empty lists"),
            (M.allOf(M.prefix("a"), M.greaterThan(1)).jsonValue, "Only numeric matchers can be merged"),
        ] {
            let app = try App(environment: [:])
            let stack = try Stack(app, "S")
            _ = try Events.Rule(stack, "R") { $0.eventPattern = Events.EventPattern(source: ["s"], detail: ["f": detail]) }
            try expectError(path: "/S/R/Resource", message: .containing(message)) { try app.synth() }
        }
        for (range, valid) in [("192.168.1.0/24", true), ("10.0.0.1", true), ("::1/128", true), ("fe80::1", true),
                               ("10.0.0.0/33", false), ("1.2.3", false), ("12345::/64", false), ("10.0.0.0/", false)] {
            let app = try App(environment: [:])
            _ = try Events.Rule(try Stack(app, "S"), "R") { $0.eventPattern = Events.EventPattern(source: ["s"], detail: ["ip": M.cidr(range).jsonValue]) }
            #expect(((try? app.synth()) != nil) == valid, "\(range)")
        }
    }
}
