import CDK
import CDKAssertions
import CDKSSM
import ErrorCatalogueSupport
import Testing

/// The Systems Manager part of the error catalogue.
@Suite struct SSMErrorCatalogue {
    static func parameter(_ value: String = "v", configure: @escaping @Sendable (inout SSM.StringParameterProps) -> Void) -> @Sendable () throws -> Void {
        {
            let (_, stack) = try appWithStack()
            _ = try SSM.StringParameter(stack, "Param", .init(stringValue: value)) { configure(&$0) }
        }
    }

    static let cases: [BadInput] = [
        BadInput("value not matching the allowed pattern", path: "S/Param", mentions: ["(abc)", "^[0-9]+$"],
                 parameter("abc") { $0.allowedPattern = "^[0-9]+$" }),
        BadInput("description over 1024 characters", path: "S/Param", mentions: ["1024"],
                 parameter { $0.description = String(repeating: "d", count: 1025) }),
        BadInput("parameter name with a slash but not fully qualified", path: "S/Param", mentions: ["a/b"],
                 parameter { $0.parameterName = "a/b" }),
        BadInput("parameter name with invalid characters", path: "S/Param", mentions: ["my param!"],
                 parameter { $0.parameterName = "my param!" }),
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }
}
