import Testing
@testable import CDK
