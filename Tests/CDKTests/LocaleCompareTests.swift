import Testing
@testable import CDK

@Suite struct LocaleCompareTests {
    // Expected orders were produced by node 20: `xs.sort((x, y) => x.localeCompare(y))`.
    @Test func sortsLikeJavaScriptLocaleCompare() {
        let input = ["Zed", "B", "a", "A2", "zed", "_x", "a-b", "ab", "a1"]
        #expect(input.sorted(by: LocaleCompare.isOrderedBefore) == ["_x", "a", "a-b", "a1", "A2", "ab", "B", "zed", "Zed"])
        let paths = input.map { "S/\($0)/Resource" }.sorted(by: LocaleCompare.isOrderedBefore)
        #expect(paths.map { $0.split(separator: "/")[1] } == ["_x", "a-b", "a", "a1", "A2", "ab", "B", "zed", "Zed"])
    }

    @Test func punctuationSortsInICUOrder() {
        let input = ["x1y", "x$y", "x~y", "x\\y", "x/y", "x.y", "x-y", "x_y", "x y"]
        #expect(input.sorted(by: LocaleCompare.isOrderedBefore) == ["x y", "x_y", "x-y", "x.y", "x/y", "x\\y", "x~y", "x$y", "x1y"])
    }

    @Test func lowercaseSortsBeforeUppercaseOnlyAsATieBreak() {
        #expect(["b", "A", "a"].sorted(by: LocaleCompare.isOrderedBefore) == ["a", "A", "b"])
        #expect(LocaleCompare.compare("a", "a") == 0)
    }

    @Test func digitsAreNotComparedNumerically() {
        #expect(LocaleCompare.isOrderedBefore("a10", "a9"))
    }

    @Test func dependsOnPathsSortLikeTheAWSCDK() {
        let paths = ["S/Fn/ServiceRole/Resource", "S/Fn/ServiceRole/DefaultPolicy/Resource"]
        #expect(paths.sorted(by: LocaleCompare.isOrderedBefore).first == "S/Fn/ServiceRole/DefaultPolicy/Resource")
    }
}
