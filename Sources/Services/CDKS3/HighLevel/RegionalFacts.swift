import CDK

extension S3 {
    /// What the AWS CDK's region information (`aws-cdk-lib/region-info` 2.275) knows about the
    /// regions S3 needs: partition, domain suffix and static website endpoint, and how a stack
    /// whose region is a token looks the endpoint up at deployment (a template mapping).
    enum RegionalFacts {
        /// Region, partition, domain suffix, static website endpoint; in the AWS CDK's order.
        static let regions: [(region: String, partition: String, domainSuffix: String, websiteEndpoint: String)] = [
            ("af-south-1", "aws", "amazonaws.com", "s3-website.af-south-1.amazonaws.com"),
            ("ap-east-1", "aws", "amazonaws.com", "s3-website.ap-east-1.amazonaws.com"),
            ("ap-east-2", "aws", "amazonaws.com", "s3-website.ap-east-2.amazonaws.com"),
            ("ap-northeast-1", "aws", "amazonaws.com", "s3-website-ap-northeast-1.amazonaws.com"),
            ("ap-northeast-2", "aws", "amazonaws.com", "s3-website.ap-northeast-2.amazonaws.com"),
            ("ap-northeast-3", "aws", "amazonaws.com", "s3-website.ap-northeast-3.amazonaws.com"),
            ("ap-south-1", "aws", "amazonaws.com", "s3-website.ap-south-1.amazonaws.com"),
            ("ap-south-2", "aws", "amazonaws.com", "s3-website.ap-south-2.amazonaws.com"),
            ("ap-southeast-1", "aws", "amazonaws.com", "s3-website-ap-southeast-1.amazonaws.com"),
            ("ap-southeast-2", "aws", "amazonaws.com", "s3-website-ap-southeast-2.amazonaws.com"),
            ("ap-southeast-3", "aws", "amazonaws.com", "s3-website.ap-southeast-3.amazonaws.com"),
            ("ap-southeast-4", "aws", "amazonaws.com", "s3-website.ap-southeast-4.amazonaws.com"),
            ("ap-southeast-5", "aws", "amazonaws.com", "s3-website.ap-southeast-5.amazonaws.com"),
            ("ap-southeast-6", "aws", "amazonaws.com", "s3-website.ap-southeast-6.amazonaws.com"),
            ("ap-southeast-7", "aws", "amazonaws.com", "s3-website.ap-southeast-7.amazonaws.com"),
            ("ca-central-1", "aws", "amazonaws.com", "s3-website.ca-central-1.amazonaws.com"),
            ("ca-west-1", "aws", "amazonaws.com", "s3-website.ca-west-1.amazonaws.com"),
            ("cn-north-1", "aws-cn", "amazonaws.com.cn", "s3-website.cn-north-1.amazonaws.com.cn"),
            ("cn-northwest-1", "aws-cn", "amazonaws.com.cn", "s3-website.cn-northwest-1.amazonaws.com.cn"),
            ("eu-central-1", "aws", "amazonaws.com", "s3-website.eu-central-1.amazonaws.com"),
            ("eu-central-2", "aws", "amazonaws.com", "s3-website.eu-central-2.amazonaws.com"),
            ("eu-isoe-west-1", "aws-iso-e", "cloud.adc-e.uk", "s3-website.eu-isoe-west-1.cloud.adc-e.uk"),
            ("eu-north-1", "aws", "amazonaws.com", "s3-website.eu-north-1.amazonaws.com"),
            ("eu-south-1", "aws", "amazonaws.com", "s3-website.eu-south-1.amazonaws.com"),
            ("eu-south-2", "aws", "amazonaws.com", "s3-website.eu-south-2.amazonaws.com"),
            ("eu-west-1", "aws", "amazonaws.com", "s3-website-eu-west-1.amazonaws.com"),
            ("eu-west-2", "aws", "amazonaws.com", "s3-website.eu-west-2.amazonaws.com"),
            ("eu-west-3", "aws", "amazonaws.com", "s3-website.eu-west-3.amazonaws.com"),
            ("eusc-de-east-1", "aws-eusc", "amazonaws.eu", "s3-website.eusc-de-east-1.amazonaws.eu"),
            ("il-central-1", "aws", "amazonaws.com", "s3-website.il-central-1.amazonaws.com"),
            ("me-central-1", "aws", "amazonaws.com", "s3-website.me-central-1.amazonaws.com"),
            ("me-south-1", "aws", "amazonaws.com", "s3-website.me-south-1.amazonaws.com"),
            ("mx-central-1", "aws", "amazonaws.com", "s3-website.mx-central-1.amazonaws.com"),
            ("sa-east-1", "aws", "amazonaws.com", "s3-website-sa-east-1.amazonaws.com"),
            ("us-east-1", "aws", "amazonaws.com", "s3-website-us-east-1.amazonaws.com"),
            ("us-east-2", "aws", "amazonaws.com", "s3-website.us-east-2.amazonaws.com"),
            ("us-gov-east-1", "aws-us-gov", "amazonaws.com", "s3-website.us-gov-east-1.amazonaws.com"),
            ("us-gov-west-1", "aws-us-gov", "amazonaws.com", "s3-website-us-gov-west-1.amazonaws.com"),
            ("us-iso-east-1", "aws-iso", "c2s.ic.gov", "s3-website.us-iso-east-1.c2s.ic.gov"),
            ("us-iso-west-1", "aws-iso", "c2s.ic.gov", "s3-website.us-iso-west-1.c2s.ic.gov"),
            ("us-isob-east-1", "aws-iso-b", "sc2s.sgov.gov", "s3-website.us-isob-east-1.sc2s.sgov.gov"),
            ("us-isob-west-1", "aws-iso-b", "sc2s.sgov.gov", "s3-website.us-isob-west-1.sc2s.sgov.gov"),
            ("us-isof-east-1", "aws-iso-f", "csp.hci.ic.gov", "s3-website.us-isof-east-1.csp.hci.ic.gov"),
            ("us-isof-south-1", "aws-iso-f", "csp.hci.ic.gov", "s3-website.us-isof-south-1.csp.hci.ic.gov"),
            ("us-west-1", "aws", "amazonaws.com", "s3-website-us-west-1.amazonaws.com"),
            ("us-west-2", "aws", "amazonaws.com", "s3-website-us-west-2.amazonaws.com"),
        ]

        private static let byRegion = Dictionary(uniqueKeysWithValues: regions.map { ($0.region, $0) })

        /// The context key that limits deploy-time lookups to some partitions.
        static let targetPartitionsContextKey = "@aws-cdk/core:target-partitions"

        /// The domain suffix of a known region (`amazonaws.com`, `amazonaws.com.cn`).
        static func domainSuffix(of region: String) -> String? { byRegion[region]?.domainSuffix }

        /// The static website endpoint of a known region.
        static func websiteEndpoint(of region: String) -> String? { byRegion[region]?.websiteEndpoint }

        /// The static website endpoint of `stack`'s region (the AWS CDK's
        /// `stack.regionalFact(S3_STATIC_WEBSITE_ENDPOINT, defaultValue)`): known at synthesis for a
        /// literal region, otherwise the common pattern of the regions or `Fn::FindInMap` of the
        /// stack's `S3staticwebsiteMap` mapping, keyed by `AWS::Region`.
        static func websiteEndpoint(in stack: Stack, default defaultValue: String) throws -> String {
            if !Token.isUnresolved(stack.region) { return websiteEndpoint(of: stack.region) ?? defaultValue }
            var known = regions
            if let partitions = stack.node.tryGetContext(targetPartitionsContextKey), partitions != .string("undefined") {
                guard let list = partitions.arrayValue else {
                    throw CDKError("TargetPartitionsContextValueInvalid",
                                   "Context value '\(targetPartitionsContextKey)' should be a list of strings, got: \(JSONWriter.compact(partitions))", at: stack)
                }
                let names = list.compactMap(\.stringValue)
                known = known.filter { names.contains($0.partition) }
            }
            if known.isEmpty { return defaultValue }
            if let pattern = commonPattern(known) { return pattern }
            let table = WebsiteEndpointMapping.of(stack)
            table.add(known)
            return Fn.findInMap(table.mappingName, Aws.region, "endpoint")
        }

        /// The one value every region has once its domain suffix and name are replaced by
        /// `AWS::URLSuffix` and `AWS::Region`, if there is one (the AWS CDK's `findValuePattern`).
        private static func commonPattern(_ entries: [(region: String, partition: String, domainSuffix: String, websiteEndpoint: String)]) -> String? {
            var values = entries.map(\.websiteEndpoint)
            let suffixes = entries.map(\.domainSuffix)
            if Set(suffixes).count > 1 && zip(values, suffixes).allSatisfy({ $0.contains($1) }) {
                values = zip(values, suffixes).map { $0.replacing($1, with: Aws.urlSuffix) }
            }
            if zip(values, entries).allSatisfy({ $0.contains($1.region) }) {
                values = zip(values, entries).map { $0.replacing($1.region, with: Aws.region) }
            }
            return Set(values).count == 1 ? values.first : nil
        }
    }
}

extension S3 {
    /// The `S3staticwebsiteMap` mapping of a stack, written at synthesis: the AWS CDK creates it
    /// while the template is resolved, so it comes after the stack's other elements (and its
    /// `Mappings` section after `Outputs`). An aspect of the stack creates it then.
    final class WebsiteEndpointMapping: Aspect {
        static let mappingId = "S3-static-websiteMap"
        private unowned let stack: Stack
        private var values: [(region: String, endpoint: String)] = []
        private var mapping: CfnMapping?

        private init(_ stack: Stack) { self.stack = stack }

        /// The mapping of `stack`, registered on first use.
        static func of(_ stack: Stack) -> WebsiteEndpointMapping {
            if let existing = Aspects.of(stack).all.lazy.compactMap({ $0 as? WebsiteEndpointMapping }).first { return existing }
            let created = WebsiteEndpointMapping(stack)
            Aspects.of(stack).add(created)
            return created
        }

        /// Adds the endpoints of `entries` (a region already there keeps its first value).
        func add(_ entries: [(region: String, partition: String, domainSuffix: String, websiteEndpoint: String)]) {
            for entry in entries where !values.contains(where: { $0.region == entry.region }) {
                values.append((entry.region, entry.websiteEndpoint))
            }
        }

        /// The mapping's logical id: the mapping's own once it exists, the id it will get before.
        var mappingName: String {
            Lazy.string { [unowned self] in
                if let mapping = self.mapping { return mapping.logicalId }
                return String(Self.mappingId.unicodeScalars.filter { $0.isASCIILetterOrDigit })
            }
        }

        func visit(_ node: Construct) throws {
            guard node === stack, mapping == nil else { return }
            let mapping = try stack.node.tryFindChild(Self.mappingId) as? CfnMapping ?? CfnMapping(stack, Self.mappingId)
            for (region, endpoint) in values { mapping.setValue(region, "endpoint", .string(endpoint)) }
            self.mapping = mapping
        }
    }
}
