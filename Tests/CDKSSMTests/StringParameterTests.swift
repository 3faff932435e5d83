import CDK
import CDKAssertions
import CDKIAM
import CDKSSM
import Testing

/// Fine-grained and validation tests of `SSM.StringParameter`.
@Suite struct StringParameterTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func aStringParameter() throws {
        let stack = try stack()
        _ = try SSM.StringParameter(stack, "P", .init(stringValue: "v")) { $0.parameterName = "/a/b"; $0.tier = .standard }
        try Template(stack).hasResourceProperties("AWS::SSM::Parameter", Match.objectEquals(["Name": "/a/b", "Tier": "Standard", "Type": "String", "Value": "v"]))
    }

    @Test func arnsOfPathsAndSimpleNames() throws {
        let stack = try Stack(try App(environment: [:]), "S", env: Environment(account: "111111111111", region: "eu-west-1"))
        let path = try SSM.StringParameter.fromStringParameterName(stack, "A", parameterName: "/a/b")
        #expect(path.parameterArn == "arn:\(stack.partition):ssm:eu-west-1:111111111111:parameter/a/b")
        let simple = try SSM.StringParameter.fromStringParameterName(stack, "B", parameterName: "name")
        #expect(simple.parameterArn == "arn:\(stack.partition):ssm:eu-west-1:111111111111:parameter/name")
    }

    @Test func grants() throws {
        let stack = try stack()
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let parameter = try SSM.StringParameter(stack, "P", .init(stringValue: "v")) { $0.parameterName = "plain" }
        try parameter.grantRead(role)
        try parameter.grantWrite(role)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": ["ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"], "Effect": "Allow", "Resource": Match.anyValue()],
            ["Action": "ssm:PutParameter", "Effect": "Allow", "Resource": Match.anyValue()],
        ]]])
    }

    @Test func validation() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "The supplied value (ftp://x) does not match the specified allowedPattern (^https://.*)") {
            try SSM.StringParameter(stack, "A", .init(stringValue: "ftp://x")) { $0.allowedPattern = "^https://.*" }
        }
        try expectError(path: "/S/B", message: "name must only contain letters, numbers, and the following 4 symbols .-_/; got bad name") {
            try SSM.StringParameter(stack, "B", .init(stringValue: "v")) { $0.parameterName = "bad name" }
        }
        try expectError(path: "/S/C", message: "Parameter names must be fully qualified (if they include \"/\" they must also begin with a \"/\"): a/b") {
            try SSM.StringParameter(stack, "C", .init(stringValue: "v")) { $0.parameterName = "a/b" }
        }
        try expectError(path: "/S/D", message: "Description cannot be longer than 1024 characters.") {
            try SSM.StringParameter(stack, "D", .init(stringValue: "v")) { $0.description = String(repeating: "x", count: 1025) }
        }
        try expectError(path: "/S", message: "parameterName cannot be an empty string") {
            try SSM.StringParameter.fromStringParameterName(stack, "E", parameterName: "")
        }
    }
}
