import Testing
@testable import CDK

/// Durations and sizes that are not numbers, infinite, negative or too large: conversions
/// throw (never trap), and a construct that converts its prop names itself and the prop.
@Suite struct CoreValueCatalogue {
    static let cases: [BadInput] = [
        BadInput("nested stack timeout NaN", path: "S/Nested", mentions: ["timeout", "NaN"]) {
            let (_, stack) = try appWithStack()
            _ = try NestedStack(stack, "Nested", timeout: .minutes(.nan))
        },
        BadInput("nested stack timeout infinite", path: "S/Nested", mentions: ["timeout", "Infinity"]) {
            let (_, stack) = try appWithStack()
            _ = try NestedStack(stack, "Nested", timeout: .hours(.infinity))
        },
        BadInput("nested stack timeout negative", path: "S/Nested", mentions: ["timeout", "negative", "-5"]) {
            let (_, stack) = try appWithStack()
            _ = try NestedStack(stack, "Nested", timeout: .minutes(-5))
        },
        BadInput("nested stack timeout not whole minutes", path: "S/Nested", mentions: ["timeout", "90 seconds", "whole number of minutes"]) {
            let (_, stack) = try appWithStack()
            _ = try NestedStack(stack, "Nested", timeout: .seconds(90))
        },
        BadInput("custom resource service timeout NaN", path: "S/Custom", mentions: ["serviceTimeout", "NaN"]) {
            let (_, stack) = try appWithStack()
            _ = try CustomResource(stack, "Custom", serviceToken: "arn:aws:lambda:us-east-1:123456789012:function:f", serviceTimeout: .seconds(.nan))
        },
        BadInput("custom resource service timeout -infinity", path: "S/Custom", mentions: ["serviceTimeout", "-Infinity"]) {
            let (_, stack) = try appWithStack()
            _ = try CustomResource(stack, "Custom", serviceToken: "arn:aws:lambda:us-east-1:123456789012:function:f", serviceTimeout: .minutes(-.infinity))
        },
        BadInput("custom resource service timeout 1500 ms", path: "S/Custom", mentions: ["serviceTimeout", "1500 milliseconds", "whole number of seconds"]) {
            let (_, stack) = try appWithStack()
            _ = try CustomResource(stack, "Custom", serviceToken: "arn:aws:lambda:us-east-1:123456789012:function:f", serviceTimeout: .millis(1500))
        },
        BadInput("custom resource service timeout 2 hours", path: "S/Custom", mentions: ["serviceTimeout", "7200"]) {
            let (_, stack) = try appWithStack()
            _ = try CustomResource(stack, "Custom", serviceToken: "arn:aws:lambda:us-east-1:123456789012:function:f", serviceTimeout: .hours(2))
        },
        BadInput("a conversion attributed with converting", path: "S", mentions: ["retention", "1e+21 days", "too large"]) {
            let (_, stack) = try appWithStack()
            _ = try stack.converting("retention") { try Duration.days(1e21).toIsoString() }
        },
        BadInput("size NaN attributed", path: "S", mentions: ["memorySize", "NaN"]) {
            let (_, stack) = try appWithStack()
            _ = try stack.converting("memorySize") { try Size.mebibytes(.nan).toMebibytes() }
        },
        BadInput("size negative attributed", path: "S", mentions: ["memorySize", "negative", "-1 gibibytes"]) {
            let (_, stack) = try appWithStack()
            _ = try stack.converting("memorySize") { try Size.gibibytes(-1).toMebibytes() }
        },
        BadInput("size infinite bytes", path: "S", mentions: ["ephemeralStorage", "Infinity"]) {
            let (_, stack) = try appWithStack()
            _ = try stack.converting("ephemeralStorage") { try Size.pebibytes(.infinity).toBytes() }
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) { input.check() }

    @Test func isoStringsOfExtremeDurationsThrowInsteadOfTrapping() {
        for duration in [Duration.days(1e19), .days(.infinity), .hours(.nan), .seconds(-1), .days(-.infinity)] {
            #expect(throws: CDKError.self) { try duration.toIsoString() }
        }
        #expect((try? Duration.days(1).toIsoString()) == "P1D")
        #expect((try? Duration.seconds(0).toIsoString()) == "PT0S")
        #expect((try? Duration.minutes(90).toIsoString()) == "PT1H30M")
    }

    @Test func everyConversionOfEveryUnitThrowsForExtremeAmounts() {
        for amount in [Double.nan, .infinity, -.infinity, -1, -Double.greatestFiniteMagnitude] {
            for unit in Duration.Unit.allCases {
                let duration = Duration(amount: amount, unit: unit)
                for target in Duration.Unit.allCases {
                    #expect(throws: CDKError.self) { try duration.convert(to: target, integral: false) }
                }
            }
        }
        #expect(throws: CDKError.self) { try Duration.days(Double.greatestFiniteMagnitude).toMilliseconds() }
    }

    @Test func durationTokensStillConvertToTheirOwnUnit() throws {
        let token = Token.asNumber(Intrinsic(.number(5)))
        #expect(Token.isUnresolved(try Duration.minutes(token).toMinutes()))
        #expect(throws: CDKError.self) { try Duration.minutes(token).toSeconds() }
    }
}
