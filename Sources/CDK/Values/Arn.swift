/// How the resource part of an ARN is separated from the resource name.
public enum ArnFormat: Sendable {
    /// `arn:aws:service:region:account:resource` (no name).
    case noResourceName
    /// `arn:aws:service:region:account:resource/resourceName`
    case slashResourceName
    /// `arn:aws:service:region:account:resource:resourceName`
    case colonResourceName
    /// `arn:aws:service:region:account:resource/resource/resourceName`
    case slashResourceSlashResourceName
}

/// The parts of an ARN: `arn:{partition}:{service}:{region}:{account}:{resource}{sep}{resourceName}`.
public struct ArnComponents: Sendable, Equatable {
    /// The service namespace (`s3`, `lambda`).
    public var service: String
    /// The resource type or name (`function`, `table`, a bucket name).
    public var resource: String
    /// The resource name after the separator, if any.
    public var resourceName: String?
    /// How resource and name are separated.
    public var arnFormat: ArnFormat
    /// The partition; by default the stack's (`{"Ref": "AWS::Partition"}`).
    public var partition: String?
    /// The region; by default the stack's. Empty for global services.
    public var region: String?
    /// The account; by default the stack's. Empty for services such as S3.
    public var account: String?

    /// ARN parts; `nil` partition, region and account mean the stack's.
    public init(service: String, resource: String, resourceName: String? = nil, arnFormat: ArnFormat? = nil,
                partition: String? = nil, region: String? = nil, account: String? = nil) {
        self.service = service
        self.resource = resource
        self.resourceName = resourceName
        self.arnFormat = arnFormat ?? (resourceName == nil ? .noResourceName : .slashResourceName)
        self.partition = partition
        self.region = region
        self.account = account
    }
}

/// Building and taking apart ARNs.
public enum Arn {
    /// The ARN of `components`, with the stack's partition, region and account where not given.
    /// The result is a string token when any part is a token.
    public static func format(_ components: ArnComponents, stack: Stack) -> String {
        let partition = components.partition ?? stack.partition
        let region = components.region ?? stack.region
        let account = components.account ?? stack.account
        let separator: UInt8? = switch components.arnFormat {
        case .noResourceName: nil
        case .slashResourceName, .slashResourceSlashResourceName: UInt8(ascii: "/")
        case .colonResourceName: UInt8(ascii: ":")
        }
        let name = separator == nil ? nil : components.resourceName
        let parts = [partition, components.service, region, account, components.resource]
        // Written into one string of the exact size (joining the pieces grows it step by step).
        let capacity = "arn:".utf8.count + parts.reduce(parts.count - 1) { $0 + $1.utf8.count } + (name.map { 1 + $0.utf8.count } ?? 0)
        return String.written(capacity: capacity) { out in
            out.append("arn:")
            for (index, part) in parts.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ":")) }
                out.append(part)
            }
            if let separator, let name {
                out.append(separator)
                out.append(name)
            }
        }
    }

    /// The parts of a literal ARN; throws when it is a token or malformed.
    public static func split(_ arn: String, format: ArnFormat) throws -> ArnComponents {
        if Token.isUnresolved(arn) {
            throw CDKError(code: "ArnToken", message: "Cannot split an ARN that is a token (\(arn)) at synthesis; use a literal ARN.")
        }
        let pieces = arn.utf8.split(separator: UInt8(ascii: ":"), maxSplits: 5, omittingEmptySubsequences: false).map { String(Substring($0)) }
        guard pieces.count == 6, pieces[0] == "arn" else {
            throw CDKError(code: "InvalidArn", message: "ARNs must have at least 6 components: \(arn)")
        }
        var resource = pieces[5]
        var name: String?
        switch format {
        case .noResourceName: break
        case .slashResourceName, .slashResourceSlashResourceName:
            if let (head, tail) = splitAtFirst(UInt8(ascii: "/"), of: resource) { (resource, name) = (head, tail) }
        case .colonResourceName:
            if let (head, tail) = splitAtFirst(UInt8(ascii: ":"), of: resource) { (resource, name) = (head, tail) }
        }
        return ArnComponents(service: pieces[2], resource: resource, resourceName: name, arnFormat: format,
                             partition: pieces[1], region: pieces[3], account: pieces[4])
    }
}

extension Arn {
    /// `text` before and after the first `separator` (an ASCII byte, found over UTF-8 bytes,
    /// not characters); `nil` when there is none.
    static func splitAtFirst(_ separator: UInt8, of text: String) -> (String, String)? {
        guard let index = text.utf8.firstIndex(of: separator) else { return nil }
        return (String(text[..<index]), String(text[text.utf8.index(after: index)...]))
    }
}

extension Stack {
    /// The ARN of `components` in this stack's partition, region and account (where not given).
    public func formatArn(_ components: ArnComponents) -> String {
        Arn.format(components, stack: self)
    }
}
