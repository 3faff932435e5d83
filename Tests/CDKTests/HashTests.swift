import Testing
@testable import CDK

@Suite struct HashTests {
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6"),
        (String(repeating: "a", count: 1000), "cabe45dcc9ae5b66ba86600cca6b8ba8"),
    ])
    func md5(input: String, expected: String) {
        #expect(MD5.hex(input.utf8) == expected)
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256(input: String, expected: String) {
        #expect(SHA256.hex(input.utf8) == expected)
    }

    @Test(arguments: [0, 1, 63, 64, 65, 127, 128, 1000])
    func sha256ResumedAfterAPrefixMatchesTheWholeDigest(prefixLength: Int) {
        let message = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let resumed = message.withUnsafeBufferPointer { whole in
            SHA256.hex(of: whole, resuming: SHA256.prefix(of: UnsafeBufferPointer(rebasing: whole[..<prefixLength])))
        }
        #expect(resumed == SHA256.hex(message))
    }
}
