namespace ColdStart.Workbench.Export;

/// <summary>
/// The workbench's own Markdown reports (suite runs and diffs) as a PDF: headings (#, ##, ###), bullets (- ), pipe tables
/// (the row after the header, |---|, is skipped; \| is a literal bar), paragraphs; **bold** markers are dropped. This is
/// the subset those reports use, not a general Markdown reader.
/// </summary>
public static class MarkdownPdf
{
    /// <summary>The report as an A4 portrait PDF whose pages carry <paramref name="footer"/> and their number.</summary>
    public static byte[] Render(string markdown, string title, string footer)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = new PdfDocument(595, 842) { Title = title };
        var flow = new PdfFlow(document, footer);
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd();
            if (line.StartsWith('|'))
            {
                var table = new List<IReadOnlyList<string>>();
                for (; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++)
                    if (!IsSeparator(lines[i])) table.Add(Cells(lines[i]));
                i--;
                if (table.Count > 0) flow.Table(table[0], table.Skip(1).ToList());
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal)) flow.Heading(Plain(line[4..]), 3);
            else if (line.StartsWith("## ", StringComparison.Ordinal)) flow.Heading(Plain(line[3..]), 2);
            else if (line.StartsWith("# ", StringComparison.Ordinal)) flow.Heading(Plain(line[2..]), 1);
            else if (line.StartsWith("- ", StringComparison.Ordinal)) flow.Bullet(Plain(line[2..]));
            else if (line.Length == 0) flow.Space(5);
            else flow.Paragraph(Plain(line), bold: line.StartsWith("**", StringComparison.Ordinal));
        }
        return document.ToArray();
    }

    private static bool IsSeparator(string line) => line.Trim().Trim('|').Split('|').All(c => c.Trim().Trim(':').All(ch => ch == '-'));

    /// <summary>The cells of a pipe-table row: split at bars that are not escaped, "\|" turned back into "|".</summary>
    internal static IReadOnlyList<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        string inner = row.Trim();
        inner = inner[1..];
        if (inner.EndsWith('|') && !inner.EndsWith("\\|", StringComparison.Ordinal)) inner = inner[..^1];
        for (int i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length && inner[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (inner[i] == '|')
            {
                cells.Add(Plain(cell.ToString().Trim()));
                cell.Clear();
            }
            else cell.Append(inner[i]);
        }
        cells.Add(Plain(cell.ToString().Trim()));
        return cells;
    }

    private static string Plain(string text) => text.Replace("**", "", StringComparison.Ordinal);
}
