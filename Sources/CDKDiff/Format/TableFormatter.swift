/// Draws a table with box-drawing borders, as the AWS CDK's security tables look: a header row,
/// multi-line cells, and a line between rows whose second column differs.
enum TableFormatter {
    /// The table of `rows` (the first is the header); `style` colours the borders.
    static func render(_ rows: [[String]], style: TextStyle) -> String {
        guard let header = rows.first else { return "" }
        let columns = header.count
        let cellLines = rows.map { row in row.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } }
        var widths = Array(repeating: 0, count: columns)
        for row in cellLines {
            for (index, lines) in row.enumerated() where index < columns {
                widths[index] = max(widths[index], lines.map { TextStyle.strip($0).count }.max() ?? 0)
            }
        }
        func border(_ left: String, _ join: String, _ right: String) -> String {
            style.gray(left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: join) + right)
        }
        var out = [border("┌", "┬", "┐")]
        for (rowIndex, row) in cellLines.enumerated() {
            if rowIndex == 1 || (rowIndex > 1 && rows[rowIndex - 1][1] != rows[rowIndex][1]) {
                out.append(border("├", "┼", "┤"))
            }
            let height = row.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                let cells = (0..<columns).map { column -> String in
                    let text = lineIndex < row[column].count ? row[column][lineIndex] : ""
                    return " " + text + String(repeating: " ", count: widths[column] - TextStyle.strip(text).count) + " "
                }
                out.append(style.gray("│") + cells.joined(separator: style.gray("│")) + style.gray("│"))
            }
        }
        out.append(border("└", "┴", "┘"))
        return out.joined(separator: "\n")
    }
}
