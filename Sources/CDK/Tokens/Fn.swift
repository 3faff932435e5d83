#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// CloudFormation intrinsic functions. Each returns a token (or, when every input is a known
/// literal, the computed value itself, as the AWS CDK does).
public enum Fn {
    /// `{"Ref": logicalName}`: the value of a parameter or the physical id of a resource.
    public static func ref(_ logicalName: String) -> String {
        Token.asString(Intrinsic(["Ref": .string(logicalName)]))
    }

    /// `{"Fn::GetAtt": [logicalName, attributeName]}`.
    public static func getAtt(_ logicalNameOfResource: String, _ attributeName: String) -> Intrinsic {
        Intrinsic(["Fn::GetAtt": [.string(logicalNameOfResource), .string(attributeName)]])
    }

    /// `{"Fn::Join": [delimiter, values]}`, minimized: literal neighbours are merged, and a
    /// join of literals only is the joined string.
    public static func join(_ delimiter: String, _ values: [String]) -> String {
        if values.isEmpty { return "" }
        if !Token.isUnresolved(values) { return values.joined(separator: delimiter) }
        return Token.asString(FnJoin(delimiter: delimiter, values: values))
    }

    /// `{"Fn::Sub": body}` or, with variables, `{"Fn::Sub": [body, variables]}`.
    public static func sub(_ body: String, _ variables: KeyValuePairs<String, String> = [:]) -> String {
        if variables.isEmpty { return Token.asString(Intrinsic(["Fn::Sub": .string(body)])) }
        return Token.asString(Intrinsic(["Fn::Sub": [.string(body), variables.jsonValue]]))
    }

    /// `{"Fn::Select": [index, array]}`, or the element itself when the array is known.
    ///
    /// On a literal list, an index out of its range is an error when the value is written
    /// into a template (CloudFormation would refuse it).
    public static func select(_ index: Int, _ array: [String]) -> String {
        if !Token.isUnresolved(array) {
            if array.indices.contains(index) { return array[index] }
            return Token.asString(InvalidValue(CDKError(code: "SelectOutOfRange", message: "Fn.select index \(index) is out of range for the list \(JSONWriter.compact(array.jsonValue)) of \(array.count) element\(array.count == 1 ? "" : "s"): use an index from 0 to \(array.count - 1).")))
        }
        if index < 0 {
            return Token.asString(InvalidValue(CDKError(code: "SelectOutOfRange", message: "Fn.select index \(index) is negative: use an index from 0.")))
        }
        return Token.asString(Intrinsic(["Fn::Select": [.number(Double(index)), array.jsonValue]]))
    }

    /// `{"Fn::Split": [delimiter, source]}`, or the split list when the source is known.
    ///
    /// With `assumedLength`, the result is a list of that many `Fn::Select` tokens, so that its
    /// elements can be used one by one.
    public static func split(_ delimiter: String, _ source: String, assumedLength: Int? = nil) -> [String] {
        if !Token.isUnresolved(source) {
            return source.components(separatedBy: delimiter)
        }
        let split = Token.asList(Intrinsic(["Fn::Split": [.string(delimiter), .string(source)]]))
        guard let assumedLength else { return split }
        // A negative or absurd length would trap or exhaust memory: it is an error where the
        // list is used instead.
        guard (0...maxAssumedLength).contains(assumedLength) else {
            return [Token.asString(InvalidValue(CDKError(code: "InvalidAssumedLength", message: "Fn.split assumedLength must be between 0 and \(maxAssumedLength), got \(assumedLength).")))]
        }
        return (0..<assumedLength).map { select($0, split) }
    }

    /// The largest `assumedLength` of ``split(_:_:assumedLength:)``.
    static let maxAssumedLength = 10_000

    /// `{"Fn::ImportValue": name}`: an output exported by another stack.
    public static func importValue(_ sharedValueToImport: String) -> String {
        Token.asString(Intrinsic(["Fn::ImportValue": .string(sharedValueToImport)]))
    }

    /// `{"Fn::ImportValue": name}` of a list exported joined with `delimiter`.
    public static func importListValue(_ sharedValueToImport: String, assumedLength: Int, delimiter: String = ",") -> [String] {
        split(delimiter, importValue(sharedValueToImport), assumedLength: assumedLength)
    }

    /// `{"Fn::FindInMap": [mapName, topLevelKey, secondLevelKey]}`.
    public static func findInMap(_ mapName: String, _ topLevelKey: String, _ secondLevelKey: String) -> String {
        Token.asString(Intrinsic(["Fn::FindInMap": [.string(mapName), .string(topLevelKey), .string(secondLevelKey)]]))
    }

    /// `{"Fn::GetAZs": region}`: the availability zones of a region (`""` for the stack's).
    public static func getAzs(_ region: String = "") -> [String] {
        Token.asList(Intrinsic(["Fn::GetAZs": .string(region)]))
    }

    /// `{"Fn::Base64": data}`.
    public static func base64(_ data: String) -> String {
        Token.asString(Intrinsic(["Fn::Base64": .string(data)]))
    }

    /// `{"Fn::Cidr": [ipBlock, count, sizeMask]}`.
    public static func cidr(_ ipBlock: String, _ count: Int, _ sizeMask: String? = nil) -> [String] {
        var args: [JSONValue] = [.string(ipBlock), .number(Double(count))]
        if let sizeMask { args.append(.string(sizeMask)) }
        return Token.asList(Intrinsic(["Fn::Cidr": .array(args)]))
    }

    /// `{"Fn::GetStackOutput": {...}}`: an output of another stack, read at deployment.
    public static func getStackOutput(stackName: String, outputName: String, region: String? = nil, roleArn: String? = nil) -> String {
        var arguments: JSONObject = ["StackName": .string(stackName), "Region": .string(region ?? Aws.region), "OutputName": .string(outputName)]
        if let roleArn { arguments["RoleArn"] = .string(roleArn) }
        return Token.asString(Intrinsic(["Fn::GetStackOutput": .object(arguments)]))
    }

    /// `{"Fn::Transform": {"Name": name, "Parameters": parameters}}`.
    public static func transform(_ macroName: String, _ parameters: JSONObject) -> Intrinsic {
        Intrinsic(["Fn::Transform": ["Name": .string(macroName), "Parameters": .object(parameters)]])
    }

    // MARK: Conditions

    /// `{"Fn::If": [conditionId, valueIfTrue, valueIfFalse]}`.
    public static func conditionIf(_ conditionId: String, _ valueIfTrue: JSONValue, _ valueIfFalse: JSONValue) -> ConditionExpression {
        ConditionExpression(["Fn::If": [.string(conditionId), valueIfTrue, valueIfFalse]])
    }

    /// `{"Fn::If": [conditionId, valueIfTrue, valueIfFalse]}`.
    public static func conditionIf(_ conditionId: String, _ valueIfTrue: some JSONValueConvertible, _ valueIfFalse: some JSONValueConvertible) -> ConditionExpression {
        conditionIf(conditionId, valueIfTrue.jsonValue, valueIfFalse.jsonValue)
    }

    /// `{"Fn::Equals": [lhs, rhs]}`.
    public static func conditionEquals(_ lhs: JSONValue, _ rhs: JSONValue) -> ConditionExpression {
        ConditionExpression(["Fn::Equals": [lhs, rhs]])
    }

    /// `{"Fn::Equals": [lhs, rhs]}`.
    public static func conditionEquals(_ lhs: some JSONValueConvertible, _ rhs: some JSONValueConvertible) -> ConditionExpression {
        conditionEquals(lhs.jsonValue, rhs.jsonValue)
    }

    /// `{"Fn::And": [...]}` of 2 to 10 conditions; a single condition is returned as it is.
    public static func conditionAnd(_ conditions: ConditionExpression...) -> ConditionExpression {
        conditions.count == 1 ? conditions[0] : ConditionExpression(["Fn::And": .array(conditions.map { $0.jsonValue })])
    }

    /// `{"Fn::Or": [...]}` of 2 to 10 conditions; a single condition is returned as it is.
    public static func conditionOr(_ conditions: ConditionExpression...) -> ConditionExpression {
        conditions.count == 1 ? conditions[0] : ConditionExpression(["Fn::Or": .array(conditions.map { $0.jsonValue })])
    }

    /// `{"Fn::Not": [condition]}`.
    public static func conditionNot(_ condition: ConditionExpression) -> ConditionExpression {
        ConditionExpression(["Fn::Not": [condition.jsonValue]])
    }

    /// `{"Fn::Contains": [listOfStrings, value]}` (rules only).
    public static func conditionContains(_ listOfStrings: [String], _ value: String) -> ConditionExpression {
        ConditionExpression(["Fn::Contains": [listOfStrings.jsonValue, .string(value)]])
    }

    /// `{"Fn::EachMemberEquals": [listOfStrings, value]}` (rules only).
    public static func conditionEachMemberEquals(_ listOfStrings: [String], _ value: String) -> ConditionExpression {
        ConditionExpression(["Fn::EachMemberEquals": [listOfStrings.jsonValue, .string(value)]])
    }

    /// `{"Fn::EachMemberIn": [stringsToCheck, stringsToMatch]}` (rules only).
    public static func conditionEachMemberIn(_ stringsToCheck: [String], _ stringsToMatch: [String]) -> ConditionExpression {
        ConditionExpression(["Fn::EachMemberIn": [stringsToCheck.jsonValue, stringsToMatch.jsonValue]])
    }

    /// `{"Fn::RefAll": parameterType}` (rules only).
    public static func refAll(_ parameterType: String) -> [String] {
        Token.asList(Intrinsic(["Fn::RefAll": .string(parameterType)]))
    }

    /// `{"Fn::ValueOf": [parameterOrLogicalId, attribute]}` (rules only).
    public static func valueOf(_ parameterOrLogicalId: String, _ attribute: String) -> String {
        Token.asString(Intrinsic(["Fn::ValueOf": [.string(parameterOrLogicalId), .string(attribute)]]))
    }

    /// `{"Fn::ValueOfAll": [parameterType, attribute]}` (rules only).
    public static func valueOfAll(_ parameterType: String, _ attribute: String) -> [String] {
        Token.asList(Intrinsic(["Fn::ValueOfAll": [.string(parameterType), .string(attribute)]]))
    }

    /// `{"Fn::Length": array}`.
    public static func len(_ array: [String]) -> Double {
        Token.asNumber(Intrinsic(["Fn::Length": array.jsonValue]))
    }

    /// `{"Fn::ToJsonString": value}`.
    public static func toJsonString(_ value: JSONValue) -> String {
        Token.asString(Intrinsic(["Fn::ToJsonString": value]))
    }
}

/// `Fn::Join` that minimizes itself when resolved, as the AWS CDK's `FnJoin`.
final class FnJoin: Resolvable {
    let delimiter: String
    let values: [String]

    init(delimiter: String, values: [String]) {
        self.delimiter = delimiter
        self.values = values
    }

    var displayHint: String { "Fn::Join" }

    func resolve(_ context: ResolveContext) throws -> JSONValue? {
        if values.count == 1, values[0].hasPrefix(TokenFormat.listPrefix) {
            return ["Fn::Join": [.string(delimiter), try context.resolve(values.jsonValue) ?? []]]
        }
        var resolved: [JSONValue] = []
        for value in values {
            if let r = try context.resolve(.string(value)) { resolved.append(r) }
        }
        let minimal = CloudFormationConcat.minimalJoin(delimiter: delimiter, resolved)
        if minimal.count == 1 { return minimal[0] }
        return ["Fn::Join": [.string(delimiter), .array(minimal)]]
    }
}
