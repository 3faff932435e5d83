extension Arn {
    /// The parts of an ARN that may hold tokens, as the AWS CDK's `Arn.split` takes them
    /// apart: a literal ARN, or one that starts with `arn:` and has tokens in some parts
    /// (`arn:${Partition}:iam::${Account}:role/name`), is split at its literal separators;
    /// an ARN that is a token is split by CloudFormation (`Fn::Select` of `Fn::Split`).
    /// Throws when a literal ARN is malformed.
    public static func parse(_ arn: String, format: ArnFormat) throws -> ArnComponents {
        if !Token.isUnresolved(arn) { return try split(arn, format: format) }
        if !arn.hasPrefix("arn:") { return splitByCloudFormation(arn, format: format) }
        let pieces = splitAtLiteral(":", arn)
        guard pieces.count >= 6 else {
            throw CDKError(code: "InvalidArn", message: "ARNs must have at least 6 components: \(arn)")
        }
        let resourcePart = pieces.count == 6 ? pieces[5] : pieces[5...].joined(separator: ":")
        var resource = resourcePart
        var name: String?
        switch format {
        case .noResourceName: break
        case .slashResourceName, .slashResourceSlashResourceName:
            if let (head, tail) = splitAtFirst(UInt8(ascii: "/"), of: resourcePart) { (resource, name) = (head, tail) }
        case .colonResourceName:
            if pieces.count > 6 {
                resource = pieces[5]
                name = pieces[6...].joined(separator: ":")
            }
        }
        return ArnComponents(service: pieces[2], resource: resource, resourceName: name, arnFormat: format,
                             partition: pieces[1], region: pieces[3], account: pieces[4])
    }

    /// The name after `<resourceType>/` in `arn` (`arn:aws:iam::1:user/path/name` gives
    /// `path/name`); for a token, `Fn::Select` 1 of `Fn::Split` at `:<resourceType>/`. Throws
    /// when a literal ARN is of another resource type.
    public static func extractResourceName(_ arn: String, resourceType: String) throws -> String {
        if Token.isUnresolved(arn) && !arn.hasPrefix("arn:") {
            return Fn.select(1, Fn.split(":\(resourceType)/", arn))
        }
        let parts = try parse(arn, format: .slashResourceName)
        if !Token.isUnresolved(parts.resource) && parts.resource != resourceType {
            throw CDKError(code: "InvalidArnResourceType", message: "Expected resource type '\(resourceType)' in ARN, got '\(parts.resource)' in '\(arn)'")
        }
        guard let name = parts.resourceName, !name.isEmpty else {
            throw CDKError(code: "MissingArnResourceName", message: "Expected resource name in ARN, didn't find one: '\(arn)'")
        }
        return name
    }

    /// The parts of a token ARN as CloudFormation computes them.
    private static func splitByCloudFormation(_ arn: String, format: ArnFormat) -> ArnComponents {
        // As the AWS CDK's `parseTokenArn`: a colon-separated name is the seventh part; a
        // slash-separated one is split off the sixth.
        let components = Fn.split(":", arn, assumedLength: format == .colonResourceName ? 7 : 6)
        var resource = components[5]
        var name: String?
        switch format {
        case .noResourceName:
            break
        case .colonResourceName:
            name = components[6]
        case .slashResourceName, .slashResourceSlashResourceName:
            let last = Fn.split("/", components[5], assumedLength: 2)
            resource = last[0]
            name = last[1]
        }
        return ArnComponents(service: components[2], resource: resource, resourceName: name, arnFormat: format,
                             partition: components[1], region: components[3], account: components[4])
    }

    /// `text` split at the ASCII `separator` where it appears outside of tokens, over its UTF-8
    /// bytes in one buffer (an ASCII byte is never part of another character); tokens are
    /// kept as they are written.
    private static func splitAtLiteral(_ separator: Unicode.Scalar, _ text: String) -> [String] {
        let cut = UInt8(ascii: separator)
        return text.withUTF8Bytes { bytes in
            var pieces: [String] = []
            pieces.reserveCapacity(8)  // an ARN has six pieces, more when its resource has the separator
            var start = 0
            var i = 0
            while i < bytes.count {
                if TokenFormat.mayStartToken(bytes[i], includeListTokens: true), let (_, end) = TokenFormat.token(at: i, in: bytes) {
                    i = end
                    continue
                }
                if bytes[i] == cut {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = i + 1
                }
                i += 1
            }
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return pieces
        }
    }
}
