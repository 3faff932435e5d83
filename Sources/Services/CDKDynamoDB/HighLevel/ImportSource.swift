import CDK
import CDKS3

extension DynamoDB {
    /// How the objects imported into a new table are compressed.
    public enum InputCompressionType: String, Sendable {
        /// GZIP.
        case gzip = "GZIP"
        /// ZSTD.
        case zstd = "ZSTD"
        /// No compression.
        case none = "NONE"
    }

    /// The options of CSV objects to import (the AWS CDK's `CsvOptions`).
    public struct CsvOptions: ConstructProps, Sendable, Equatable {
        /// The delimiter: `,`, tab, `:`, `;`, `|` or space.
        ///
        /// Default: no `Delimiter` property (comma).
        public var delimiter: String?
        /// The header of every object, whose first line is then data.
        ///
        /// Default: no `HeaderList` property (each object's first line is its header).
        public var headerList: [String]?

        /// Options with `delimiter` and `headerList`.
        public init(delimiter: String? = nil, headerList: [String]? = nil) {
            self.delimiter = delimiter
            self.headerList = headerList
        }
    }

    /// The format of the objects to import (the AWS CDK's `InputFormat`).
    public struct InputFormat: Sendable, Equatable {
        let name: String
        let csvOptions: CsvOptions?

        /// DynamoDB JSON.
        public static func dynamoDBJson() -> InputFormat { InputFormat(name: "DYNAMODB_JSON", csvOptions: nil) }

        /// Amazon Ion.
        public static func ion() -> InputFormat { InputFormat(name: "ION", csvOptions: nil) }

        /// CSV; throws when the delimiter is not one of `,`, tab, `:`, `;`, `|` and space.
        public static func csv(_ options: CsvOptions = CsvOptions()) throws -> InputFormat {
            if let delimiter = options.delimiter, !delimiter.isEmpty, !validCsvDelimiters.contains(delimiter) {
                throw CDKError(code: "InvalidCsvDelimiter",
                               message: "Delimiter must be a single character and one of the following: comma (,), tab (\\t), colon (:), semicolon (;), pipe (|), space ( ), got '\(delimiter)'")
            }
            return InputFormat(name: "CSV", csvOptions: options)
        }

        /// The delimiters CloudFormation accepts.
        static let validCsvDelimiters = [",", "\t", ":", ";", "|", " "]

        var inputFormatOptions: CfnTable.InputFormatOptionsProperty? {
            csvOptions.map { .init(csv: .init(delimiter: $0.delimiter, headerList: $0.headerList)) }
        }
    }

    /// Data imported from S3 into a new table (the AWS CDK's `ImportSourceSpecification`).
    public struct ImportSourceSpecification: ConstructProps {
        /// The format of the objects.
        public var inputFormat: InputFormat
        /// The bucket the objects are in.
        public var bucket: any S3.BucketRef
        /// How the objects are compressed.
        ///
        /// Default: no `InputCompressionType` property (`NONE`).
        public var compressionType: InputCompressionType?
        /// The account that owns the bucket.
        ///
        /// Default: no `S3BucketOwner` property.
        public var bucketOwner: String?
        /// The prefix of the keys of the objects.
        ///
        /// Default: no `S3KeyPrefix` property (every object).
        public var keyPrefix: String?

        /// An import of `inputFormat` objects from `bucket`.
        public init(inputFormat: InputFormat, bucket: any S3.BucketRef) {
            self.inputFormat = inputFormat
            self.bucket = bucket
        }

        var property: CfnTable.ImportSourceSpecificationProperty {
            .init(inputCompressionType: compressionType?.rawValue, inputFormat: inputFormat.name,
                  inputFormatOptions: inputFormat.inputFormatOptions,
                  s3BucketSource: .init(s3Bucket: bucket.bucketName, s3BucketOwner: bucketOwner, s3KeyPrefix: keyPrefix))
        }
    }
}
