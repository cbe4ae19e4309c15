using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ColdStart.Workbench.Tests.Export;

/// <summary>
/// Reads back what the workbench's PDF writer wrote, checking the file's structure on the way: the header, a
/// cross-reference table whose every offset points at its object, the trailer and the end marker; then the pages and
/// the text of each page's show-text operators (Tj), decoded from WinAnsiEncoding.
/// </summary>
internal sealed partial class PdfFile
{
    private PdfFile(IReadOnlyList<IReadOnlyList<string>> pages) => Pages = pages;

    /// <summary>Each page's text runs, in drawing order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Pages { get; }

    /// <summary>Every text run of the document, joined by line breaks.</summary>
    public string Text => string.Join("\n", Pages.SelectMany(p => p));

    public static PdfFile Read(byte[] bytes)
    {
        string file = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-1.4\n", file, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", file, StringComparison.Ordinal);
        var startxref = StartXref().Match(file);
        Assert.True(startxref.Success, "no startxref");
        int xref = int.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 ", file[xref..], StringComparison.Ordinal);
        var lines = file[xref..].Split('\n');
        int count = int.Parse(lines[1].Split(' ')[1], CultureInfo.InvariantCulture);
        Assert.Equal("0000000000 65535 f ", lines[2]);
        for (int i = 1; i < count; i++)
        {
            int offset = int.Parse(lines[2 + i][..10], CultureInfo.InvariantCulture);
            Assert.StartsWith($"{i} 0 obj\n", file[offset..], StringComparison.Ordinal);
        }
        Assert.Contains($"/Size {count} /Root 1 0 R", file, StringComparison.Ordinal);

        var pages = new List<IReadOnlyList<string>>();
        foreach (Match page in PageObject().Matches(file))
        {
            int contents = int.Parse(page.Groups[1].Value, CultureInfo.InvariantCulture);
            int at = file.IndexOf($"\n{contents} 0 obj\n", StringComparison.Ordinal);
            var stream = StreamBody().Match(file, at);
            Assert.True(stream.Success, $"no content stream for object {contents}");
            Assert.Equal(int.Parse(stream.Groups[1].Value, CultureInfo.InvariantCulture), stream.Groups[2].Value.Length);
            pages.Add([.. ShowText().Matches(stream.Groups[2].Value).Select(m => Decode(m.Groups[1].Value))]);
        }
        Assert.Contains($"/Count {pages.Count} ", file, StringComparison.Ordinal);
        return new PdfFile(pages);
    }

    private static string Decode(string literal)
    {
        var text = new StringBuilder();
        for (int i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\')
            {
                text.Append(literal[i]);
                continue;
            }
            i++;
            if (char.IsAsciiDigit(literal[i]))
            {
                int end = i;
                while (end < literal.Length && end < i + 3 && char.IsAsciiDigit(literal[end])) end++;
                int code = Convert.ToInt32(literal[i..end], 8);
                text.Append(code switch { 0x97 => '—', 0x96 => '–', 0x85 => '…', 0x95 => '•', >= 0xA0 => (char)code, _ => '?' });
                i = end - 1;
            }
            else text.Append(literal[i]);
        }
        return text.ToString();
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Type /Page /Parent 2 0 R .*?/Contents (\d+) 0 R >>")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"\G\n\d+ 0 obj\n<< /Length (\d+) >>\nstream\n(.*?)endstream", RegexOptions.Singleline)]
    private static partial Regex StreamBody();

    [GeneratedRegex(@"\(((?:\\.|[^\\)])*)\) Tj")]
    private static partial Regex ShowText();
}
