import CDK

extension IAM.PolicyDocument {
    /// One document of a split and the statements, as added, that ended up in it.
    struct SplitPart {
        let document: IAM.PolicyDocument
        let originals: [IAM.PolicyStatement]
    }

    /// Splits the document by size, as the AWS CDK splits a role's default policy: identical
    /// statements (or, when minimizing, combinable ones up to a size) are merged first; statements stay in this document while it is smaller than
    /// `selfMaximumSize`, the rest go to new documents of at most `splitMaximumSize` each
    /// (the first one with room). Returns this document first, then the new ones.
    func split(in scope: Construct, selfMaximumSize: Int, splitMaximumSize: Int) throws -> [SplitPart] {
        let estimate = try IAM.SizeEstimate(scope)
        let combinable = shouldMerge(in: scope)
        // The usual document: no two statements alike and all of them within the size, so
        // nothing is merged or moved (the same result as below, without building it).
        if !combinable, statements.reduce(0, { $0 + $1.estimatedSize(estimate) }) < selfMaximumSize, !hasEquivalentStatements {
            return [SplitPart(document: self, originals: statements)]
        }
        // Equal statements merge even without minimizing, so that copies do not overflow.
        let merged = IAM.PolicyMerge.merge(statements, combinable: combinable, sizeLimit: estimate)
            .map { (statement: $0.statement, originals: $0.originals) }
        var kept: [(statement: IAM.PolicyStatement, originals: [IAM.PolicyStatement])] = []
        var keptSize = 0
        var parts: [(document: IAM.PolicyDocument, size: Int, originals: [IAM.PolicyStatement])] = []
        for entry in merged {
            let size = entry.statement.estimatedSize(estimate)
            if keptSize + size < selfMaximumSize {
                keptSize += size
                kept.append(entry)
                continue
            }
            if let index = parts.firstIndex(where: { $0.size + size <= splitMaximumSize }) {
                parts[index].document.addStatements(entry.statement)
                parts[index].size += size
                parts[index].originals += entry.originals
            } else {
                parts.append((IAM.PolicyDocument(statements: [entry.statement], assignSids: assignSids, minimize: minimize), size, entry.originals))
            }
        }
        statements = kept.map(\.statement)
        return [SplitPart(document: self, originals: kept.flatMap(\.originals))]
            + parts.map { SplitPart(document: $0.document, originals: $0.originals) }
    }

    /// Whether two of the statements say the same (`PolicyStatement.isEquivalent(to:)`).
    private var hasEquivalentStatements: Bool {
        statements.indices.contains { i in
            statements[(i + 1)...].contains { statements[i].isEquivalent(to: $0) }
        }
    }
}
