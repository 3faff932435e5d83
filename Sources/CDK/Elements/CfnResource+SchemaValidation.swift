/// The check of a resource's properties against its registry schema's value constraints
/// (``SchemaConstraints``), and the calls that turn it off.
///
/// The literal values of a generated type's properties are checked when the app is synthesized,
/// after tokens are resolved, overrides applied and tags written: what the template will hold.
/// By default the check applies the schema's limits (numbers' range, strings' length, lists'
/// item counts); with the context value ``ContextKeys/schemaValidation`` set to `true` it
/// applies every keyword (also patterns, enums and required members), with `false` none. Values
/// only known at deployment (`Ref`, `Fn::GetAtt`, other intrinsic functions) are skipped. The
/// violations of every resource are reported together with the other validation errors (a
/// ``ValidationError``), each at the resource's path:
///
/// ```
/// [Stack/Queue] VisibilityTimeout: 99999 does not satisfy the schema constraint maximum 43200 of AWS::SQS::Queue. ...
/// ```
extension CfnResource {
    /// Turns the schema check off for this resource: its properties are written as they are,
    /// even where they break a constraint of its registry schema (for a schema that is wrong,
    /// or a value CloudFormation accepts anyway).
    ///
    /// For a whole part of the app, set the context value ``ContextKeys/schemaValidation`` to
    /// `false` instead (`cdk.json`, `--context`, or `node.setContext` on a scope before its
    /// children are added).
    public func skipSchemaValidation() {
        schemaValidationSkips = [""]
    }

    /// Turns the schema check off for one property of this resource and everything below it:
    /// `propertyPath` is written as the errors write it (`BucketName`,
    /// `LifecycleConfiguration.Rules[0].ExpirationInDays`).
    public func skipSchemaValidation(_ propertyPath: String) {
        if schemaValidationSkips?.contains("") == true { return }
        schemaValidationSkips = (schemaValidationSkips ?? []).union([propertyPath])
    }

    /// Checks the resolved `Properties` of this resource. While references are found (the
    /// first rendering of synthesis) the messages are kept for the validation step, which
    /// reports them with all other errors; at a later rendering they are thrown at once.
    func checkSchemaConstraints(of properties: JSONValue?, preparing: Bool) throws {
        pendingSchemaViolations = []
        let skips = schemaValidationSkips ?? []
        if skips.contains("") { return }
        // Asked before the constraints, which are read from their JSON on first use.
        guard let strictness = schemaStrictness, let constraints = Self.schemaConstraints else { return }
        let violations = constraints.violations(of: properties?.objectValue ?? [:], skipping: skips, strictness: strictness)
        if violations.isEmpty { return }
        let messages = violations.map { Self.message($0, typeName: constraints.typeName) }
        if preparing {
            pendingSchemaViolations = messages
        } else {
            throw ValidationError(errors: messages.map { (node.path, $0) })
        }
    }

    /// The messages kept by the first rendering, taken by the validation step.
    func takeSchemaViolations() -> [String] {
        defer { pendingSchemaViolations = [] }
        return pendingSchemaViolations
    }

    /// How far the check goes for this resource, from the context value
    /// ``ContextKeys/schemaValidation``: the limits when it is not set, every keyword for
    /// `true`, nothing for `false`. The registry schemas mark as required, or constrain by
    /// pattern or enum, values that the AWS CDK writes and CloudFormation accepts
    /// (docs/validation.md lists those found), so only their limits are checked by default.
    private var schemaStrictness: SchemaConstraints.Strictness? {
        switch node.tryGetContext(ContextKeys.schemaValidation) {
        case nil: .limits
        case .bool(true), .string("true"): .all
        case .bool(false), .string("false"): nil
        default: .limits
        }
    }

    private static func message(_ violation: SchemaConstraints.Violation, typeName: String) -> String {
        let fix = "Fix the value; if CloudFormation accepts it, turn the check off with skipSchemaValidation(\"\(violation.propertyPath)\") on the resource."
        guard let value = violation.value else {
            return "\(violation.propertyPath) \(violation.constraint) (schema of \(typeName)). \(fix)"
        }
        return "\(violation.propertyPath): \(value) does not satisfy the schema constraint \(violation.constraint) of \(typeName). \(fix)"
    }
}
