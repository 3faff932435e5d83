import Testing
@testable import CDK

@Suite struct UTF8WriterTests {
    @Test func writesThePartsInOrder() {
        let parts = ["Stack", "/", "Büсket-ü", "", "🙂"]
        let written = String.written(capacity: parts.reduce(0) { $0 + $1.utf8.count } + 1) { out in
            for part in parts { out.append(part) }
            out.append(UInt8(ascii: "!"))
        }
        #expect(written == parts.joined() + "!")
        #expect(written.utf8.count == parts.joined().utf8.count + 1)
    }

    @Test func leavesUnusedCapacityOut() {
        let short = String.written(capacity: 16) { out in out.append("ab") }
        let empty = String.written(capacity: 0) { _ in }
        #expect(short == "ab")
        #expect(empty == "")
    }
}
