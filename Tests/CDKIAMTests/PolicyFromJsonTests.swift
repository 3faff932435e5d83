import CDK
import CDKAssertions
import CDKIAM
import Testing

/// Policy documents and statements read back from IAM JSON (`PolicyDocument.fromJson`,
/// `PolicyStatement.fromJson`), as low-level properties hold them.
@Suite struct PolicyFromJsonTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    /// The document `statement` makes, and the one read back from its rendered JSON, both resolved.
    func roundTrip(_ statement: IAM.PolicyStatement) throws -> (original: JSONValue?, read: JSONValue?) {
        let stack = try stack()
        let original = try stack.resolve(IAM.PolicyDocument(statements: [statement]).jsonValue)
        let read = try IAM.PolicyDocument.fromJson(try #require(original))
        return (original, try stack.resolve(read.jsonValue))
    }

    @Test func aStatementWithoutPrincipalReadsBackTheSame() throws {
        let statement = IAM.PolicyStatement(actions: ["service:action1", "service:action2"], conditions: ["key": ["equals": "value"]])
        statement.addAllResources()
        let (original, read) = try roundTrip(statement)
        #expect(read == original)
        #expect(read?["Statement"]?.arrayValue?.first?["Condition"] == ["key": ["equals": "value"]])
    }

    @Test func principalsAndNotPrincipalsReadBackTheSame() throws {
        let withPrincipal = IAM.PolicyStatement(actions: ["service:action1"], resources: ["*"], principals: [IAM.ArnPrincipal("somearn")],
                                                conditions: ["key": ["equals": "value"]])
        let principal = try roundTrip(withPrincipal)
        #expect(principal.read == principal.original)
        #expect(principal.read?["Statement"]?.arrayValue?.first?["Principal"] == ["AWS": "somearn"])
        let withNotPrincipal = IAM.PolicyStatement(actions: ["service:action1"], resources: ["*"], notPrincipals: [IAM.AnyPrincipal()])
        let notPrincipal = try roundTrip(withNotPrincipal)
        #expect(notPrincipal.read == notPrincipal.original)
        #expect(notPrincipal.read?["Statement"]?.arrayValue?.first?["NotPrincipal"] == ["AWS": "*"])
    }

    @Test func notActionsAndNotResourcesReadBackTheSame() throws {
        for statement in [
            IAM.PolicyStatement(notActions: ["service:action3"], resources: ["*"]),
            IAM.PolicyStatement(notActions: ["service:action3", "service:action4"], resources: ["*"]),
            IAM.PolicyStatement(actions: ["service:action3", "service:action4"], notResources: ["resource1"]),
            IAM.PolicyStatement(actions: ["service:action3"], notResources: ["resource1", "resource2"]),
        ] {
            let (original, read) = try roundTrip(statement)
            #expect(read == original)
        }
    }

    @Test func aDocumentOfSeveralStatementsRendersAsItWasWritten() throws {
        let json: JSONValue = [
            "Statement": [
                ["Action": "iam:ChangePassword", "Effect": "Allow", "Resource": "*", "Sid": "FirstStatement"],
                ["Action": "s3:ListAllMyBuckets", "Effect": "Allow", "Resource": "*", "Sid": "SecondStatement"],
                [
                    "Action": ["s3:List*", "s3:Get*"], "Condition": ["Bool": ["aws:MultiFactorAuthPresent": "true"]],
                    "Effect": "Allow", "Resource": ["arn:aws:s3:::confidential-data", "arn:aws:s3:::confidential-data/*"],
                    "Sid": "ThirdStatement",
                ],
            ],
            "Version": "2012-10-17",
        ]
        let document = try IAM.PolicyDocument.fromJson(json)
        #expect(document.statementCount == 3)
        #expect(try stack().resolve(document.jsonValue) == json)
    }

    @Test func theLiteralStarPrincipalAndDenyAreKept() throws {
        let statement = try IAM.PolicyStatement.fromJson(["Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"])
        #expect(statement.effect == .deny)
        #expect(statement.hasPrincipal)
        #expect(statement.toStatementJSON() == ["Action": "s3:*", "Effect": "Deny", "Principal": "*", "Resource": "*"])
        #expect(statement.validateForResourcePolicy().isEmpty)
    }

    @Test func principalValuesThatAreIntrinsicsAreWrittenBackAsTheyWere() throws {
        let principal: JSONValue = ["AWS": ["Fn::GetAtt": ["Role", "Arn"]], "Service": ["a.amazonaws.com", "b.amazonaws.com"]]
        let statement = try IAM.PolicyStatement.fromJson(["Action": "sts:AssumeRole", "Principal": principal])
        #expect(try stack().resolve(statement.toStatementJSON())?["Principal"] == principal)
    }

    @Test func aDocumentWithoutStatementsIsEmpty() throws {
        #expect(try IAM.PolicyDocument.fromJson(["Version": "2012-10-17"]).isEmpty)
        #expect(try IAM.PolicyDocument.fromJson(["Statement": []]).isEmpty)
    }

    @Test func fieldsMustBeAStringOrAListOfStrings() throws {
        try expectError(message: "Fields must be either a string or an array of strings") {
            try IAM.PolicyStatement.fromJson(["Action": [:]])
        }
        try expectError(message: "Fields must be either a string or an array of strings") {
            try IAM.PolicyStatement.fromJson(["Action": [[:]]])
        }
        try expectError(message: "'Resource'") {
            try IAM.PolicyStatement.fromJson(["Action": "s3:GetObject", "Resource": ["Fn::GetAtt": ["B", "Arn"]]])
        }
    }

    @Test func otherShapesAreRejectedWithTheirElement() throws {
        try expectError(message: "Statement must be an array") { try IAM.PolicyDocument.fromJson(["Statement": ["Action": "s3:*"]]) }
        try expectError(message: "must be an object") { try IAM.PolicyDocument.fromJson(.string(Token.asString(Intrinsic(["Ref": "Doc"])))) }
        try expectError(message: "must be an object") { try IAM.PolicyDocument.fromJson(["Statement": ["s3:*"]]) }
        try expectError(message: "Incorrect Policy Statement: A PolicyStatement must specify at least one 'action' or 'notAction'.") {
            try IAM.PolicyStatement.fromJson(["Effect": "Allow", "Resource": "*"])
        }
        try expectError(message: "'Effect' must be \"Allow\" or \"Deny\"") { try IAM.PolicyStatement.fromJson(["Effect": "allow", "Action": "s3:*"]) }
        try expectError(message: "both 'Action' and 'NotAction'") { try IAM.PolicyStatement.fromJson(["Action": "s3:*", "NotAction": "s3:Get*"]) }
        try expectError(message: "JSON IAM principal should be an object") { try IAM.PolicyStatement.fromJson(["Action": "s3:*", "Principal": 12]) }
        try expectError(message: "'Condition' must be an object") { try IAM.PolicyStatement.fromJson(["Action": "s3:*", "Condition": ["Bool": "true"]]) }
        try expectError(message: "'Sid' must be a string") { try IAM.PolicyStatement.fromJson(["Action": "s3:*", "Sid": 1]) }
        try expectError(message: "Action 's3' is invalid") { try IAM.PolicyStatement.fromJson(["Action": "s3"]) }
    }

    @Test func statementsAddedLaterAreRenderedAfterTheReadOnes() throws {
        let document = try IAM.PolicyDocument.fromJson(["Statement": [["Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"]]])
        document.addStatements(IAM.PolicyStatement(actions: ["s3:PutObject"], resources: ["*"]))
        let statements = try stack().resolve(document.jsonValue)?["Statement"]?.arrayValue
        #expect(statements?.compactMap { $0["Action"] } == ["s3:GetObject", "s3:PutObject"])
    }
}
