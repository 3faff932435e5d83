import CDK

extension IAM.PolicyStatement {
    /// The estimated size of the statement in a policy, as the AWS CDK estimates it to split
    /// large policies: literal values count their length, tokens `actionEstimate` (actions) or
    /// `arnEstimate` (resources, and each principal).
    func estimatedSize(_ estimate: IAM.SizeEstimate) -> Int {
        func count(_ key: String, _ values: [String], tokenSize: Int) -> Int {
            if values.isEmpty { return 0 }
            return key.utf16.count + 5 + values.reduce(0) { $0 + (Token.isUnresolved($1) ? tokenSize : $1.utf16.count) + 3 }
        }
        var size = "\"Effect\": \"\",".utf16.count + effect.rawValue.utf16.count
        size += count("Action", actions, tokenSize: estimate.action)
        size += count("NotAction", notActions, tokenSize: estimate.action)
        size += count("Resource", resources, tokenSize: estimate.arn)
        size += count("NotResource", notResources, tokenSize: estimate.arn)
        size += (principals.count + notPrincipals.count) * estimate.arn
        size += conditions.isEmpty ? 2 : JSONWriter.compact(.object(conditions)).utf16.count  // "{}"
        return size
    }

    /// Whether the statement says exactly what `other` says (the AWS CDK merges such
    /// statements before it splits a policy): the same effect, id and conditions, and the same
    /// sets of actions, resources and principals.
    func isEquivalent(to other: IAM.PolicyStatement) -> Bool {
        // Actions and resources first: the statements of one policy usually differ there.
        Self.sameSet(actions, other.actions) && Self.sameSet(resources, other.resources)
            && effect == other.effect && sid == other.sid && conditions == other.conditions
            && Self.sameSet(notActions, other.notActions) && Self.sameSet(notResources, other.notResources)
            && Self.samePrincipals(notPrincipals, other.notPrincipals)
            && Self.samePrincipals(principals, other.principals)
    }

    static func sameSet(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && a.allSatisfy { b.contains($0) }
    }

    /// Principals with a ``IAM/Principal/dedupeString`` compare by it, others by identity.
    static func samePrincipals(_ a: [any IAM.Principal], _ b: [any IAM.Principal]) -> Bool {
        func partition(_ principals: [any IAM.Principal]) -> (comparable: Set<String>, objects: [ObjectIdentifier]) {
            var comparable = Set<String>(), objects: [ObjectIdentifier] = []
            for principal in principals {
                if let key = principal.dedupeString { comparable.insert(key) } else { objects.append(ObjectIdentifier(principal)) }
            }
            return (comparable, objects)
        }
        let x = partition(a), y = partition(b)
        return x.comparable == y.comparable && sameSet(x.objects, y.objects)
    }

    private static func sameSet(_ a: [ObjectIdentifier], _ b: [ObjectIdentifier]) -> Bool {
        a.count == b.count && a.allSatisfy { b.contains($0) }
    }
}

extension IAM {
    /// How many characters a token counts for when a policy's size is estimated.
    struct SizeEstimate {
        /// For an action.
        let action: Int
        /// For an ARN or a principal: the `@aws-cdk/aws-iam.arnSizeEstimate` context, or 150.
        let arn: Int

        /// The estimate `scope` asks for; throws when the context is not a number.
        init(_ scope: Construct) throws {
            action = 20
            switch scope.node.tryGetContext(ContextKey.arnSizeEstimate) {
            case nil: arn = 150
            case .number(let n)? where n >= 0 && n < 1_000_000 && n.rounded() == n: arn = Int(n)
            case let value?:
                throw CDKError("InvalidArnSizeEstimate", "Context value \(ContextKey.arnSizeEstimate) should be a number, got \(JSONWriter.compact(value)). Set it to a whole number of characters.", at: scope)
            }
        }
    }
}
