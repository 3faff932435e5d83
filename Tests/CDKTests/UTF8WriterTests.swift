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

    @Test func writesDecimalsAsDescriptionDoes() {
        for value in [0, 7, 9, 10, 42, 99, 100, 4_095, 1_000_000, Int.max] {
            let digits = UTF8Writer.decimalDigits(of: value)
            let written = String.written(capacity: digits + 2) { out in
                out.append(UInt8(ascii: "."))
                out.append(decimal: value)
                out.append(UInt8(ascii: "]"))
            }
            #expect(written == ".\(value)]")
            #expect(digits == String(value).count)
        }
    }
}
