import Testing
@testable import CDK

/// The token format of TokenFormat.swift: every kind of token is written into a plain value
/// and read back as the same resolvable, and text that only looks like a token is left alone.
@Suite struct TokenFormatTests {
    private final class Marker: Resolvable {
        let displayHint: String
        init(_ hint: String) { displayHint = hint }
        func resolve(_ context: ResolveContext) throws -> JSONValue? { .string(displayHint) }
    }

    /// The single token `s` reads back as, if it is exactly one.
    private func single(_ s: String) -> (any Resolvable)? { TokenizedString(s, includeListTokens: true).singleToken }

    @Test func aStringTokenRoundTrips() {
        let token = Marker("Bucket.Arn")
        let text = Token.asString(token)
        #expect(text.hasPrefix("${Token[Bucket.Arn.") && text.hasSuffix("]}"))
        #expect(single(text) === token)
        #expect(Token.reverse(text) === token)
        #expect(Token.asString(token) == text, "a token is encoded once")
    }

    @Test func aListTokenRoundTrips() {
        let token = Marker("Subnets")
        let list = Token.asList(token)
        #expect(list.count == 1 && list[0].hasPrefix("#{Token[Subnets."))
        #expect(Token.reverse(list) === token)
        #expect(TokenFormat.containsListToken(list[0]))
        #expect(TokenizedString(list[0]).singleToken == nil, "list tokens are read only when asked for")
    }

    @Test func aNumberTokenRoundTripsAloneAndInsideAString() {
        let token = Marker("Port")
        let number = Token.asNumber(token)
        #expect(number.bitPattern >> 48 == TokenFormat.doubleMarker)
        #expect(Token.reverse(number) === token)
        let text = "port \(number)!"
        let fragments = TokenizedString(text).fragments
        #expect(fragments.count == 3)
        if fragments.count == 3, case .token(let read) = fragments[1] { #expect(read === token) } else { Issue.record("no token in \(text)") }
    }

    @Test func severalTokensAndLiteralsSplitInOrder() {
        let a = Marker("A"), b = Marker("B")
        let text = "x\(Token.asString(a))-\(Token.asString(b))y"
        let pieces = TokenizedString(text).fragments.map { fragment -> String in
            switch fragment {
            case .literal(let s): s
            case .token(let t): "<\(t.displayHint)>"
            }
        }
        #expect(pieces == ["x", "<A>", "-", "<B>", "y"])
    }

    @Test func hintsAreReducedToTheAllowedCharacters() {
        #expect(Token.asString(Marker("a b/c")).hasPrefix("${Token[abc."))
        #expect(Token.asString(Marker("")).hasPrefix("${Token[TOKEN."))
        #expect(Token.asString(Marker("ü")).hasPrefix("${Token[TOKEN."))
    }

    @Test func textThatOnlyLooksLikeATokenStaysLiteral() {
        for text in ["${Token[", "${Token[x]}", "${Token[x.99999999]}", "1e+289", "-1e+289", "${Tokens[x.1]}", "plain"] {
            #expect(!Token.isUnresolved(text), "\(text)")
            #expect(single(text) == nil, "\(text)")
        }
        #expect(!Token.isUnresolved(-1.5e289), "a plain number in the marker's range is not a token when nothing is registered there")
    }

    @Test func aTokenEndsAtItsFirstClosingBracket() {
        let token = Marker("Queue.Arn")
        let text = Token.asString(token)
        let index = String(text.dropFirst("${Token[Queue.Arn.".count).dropLast(2))
        // Text around a token, and a token right after a bracket that closes nothing.
        #expect(TokenizedString("]\(text)]}").fragments.count == 3)
        #expect(single("${Token[Queue.Arn.\(index)]}") === token)
        // A bracket inside the hint, or a missing brace after it, is no token.
        #expect(single("${Token[Queue]Arn.\(index)]}") == nil)
        #expect(single("${Token[Queue.Arn.\(index)]") == nil)
        #expect(single("${Token[Queue.Arn.\(index)] }") == nil)
        // An index without its dot and hint is no token either.
        #expect(single("${Token[\(index)]}") == nil)
    }

    /// The quick reading of a string that is one token gives what splitting it gives, for every
    /// kind of token, with and without list tokens, and for strings that are more than a token.
    @Test func aSingleTokenIsReadAsSplittingReadsIt() {
        let string = Token.asString(Marker("Queue.Url"))
        let list = Token.asList(Marker("Subnets"))[0]
        let number = "\(Token.asNumber(Marker("Port")))"
        let texts = [string, list, number, "", "$", "x" + string, string + "x", string + string, string + list,
                     "-1.5", "#", "${Token[Queue.Url.99999999]}", "${Token[NoIndex]}", "${Token[Queue.Url.1]", "ünï" + string]
        for text in texts {
            for includeListTokens in [false, true] {
                let split = TokenizedString(text, includeListTokens: includeListTokens).singleToken
                let quick = TokenizedString.singleToken(in: text, includeListTokens: includeListTokens)
                #expect(quick === split, "\(text), list tokens: \(includeListTokens)")
            }
        }
        #expect(TokenizedString.singleToken(in: string, includeListTokens: false) != nil)
        #expect(TokenizedString.singleToken(in: number, includeListTokens: false) != nil)
        #expect(TokenizedString.singleToken(in: list, includeListTokens: true) != nil)
        #expect(TokenizedString.singleToken(in: list, includeListTokens: false) == nil)
    }
}

/// The byte searches of the hot paths, against the standard library's answers.
@Suite struct ByteSearchTests {
    @Test(arguments: ["", "$", "${Token[", "x${Token[", "${Tok", "$$${Tok${Token[x", "ünïcödé ${Token[ and more", "a/b", "ab", "#{Token["])
    func containsAgreesWithTheStandardLibrary(_ haystack: String) {
        #expect(ByteSearch.contains(haystack, "${Token[") == haystack.contains("${Token["), "\(haystack)")
        #expect(ByteSearch.contains(haystack, "/") == haystack.contains("/"), "\(haystack)")
    }

    @Test func firstIndexStartsAtTheGivenOffset() {
        let text = "a/b/c"
        #expect(ByteSearch.firstIndex(of: "/", in: text) == 1)
        #expect(ByteSearch.firstIndex(of: "/", in: text, from: 2) == 3)
        #expect(ByteSearch.firstIndex(of: "/", in: text, from: 4) == nil)
        #expect(ByteSearch.firstIndex(of: "b/c", in: text) == 2)
        #expect(ByteSearch.firstIndex(of: "c/", in: text) == nil)
        Array("a]b]".utf8).withUnsafeBufferPointer { bytes in
            #expect(ByteSearch.firstIndex(of: UInt8(ascii: "]"), in: bytes, from: 0) == 1)
            #expect(ByteSearch.firstIndex(of: UInt8(ascii: "]"), in: bytes, from: 2) == 3)
            #expect(ByteSearch.firstIndex(of: UInt8(ascii: "]"), in: bytes, from: 4) == nil)
        }
    }
}
