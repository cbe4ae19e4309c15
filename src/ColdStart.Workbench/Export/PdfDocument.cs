using System.Globalization;
using System.Text;

namespace ColdStart.Workbench.Export;

/// <summary>
/// A small PDF 1.4 writer for the workbench's exports (the Compare board, suite reports): pages of text in Helvetica and
/// Helvetica-Bold (<see cref="PdfFont"/>: standard fonts, nothing embedded, so it needs no font on the server),
/// filled rectangles and lines. Coordinates are points from the page's top-left corner. Content streams are written
/// uncompressed, so the text can be read back from the file's bytes.
/// </summary>
/// <param name="width">Page width in points; 842 (A4 landscape) by default.</param>
/// <param name="height">Page height in points; 595 (A4 landscape) by default.</param>
public sealed class PdfDocument(double width = 842, double height = 595)
{
    private readonly List<StringBuilder> _pages = [];

    public double Width { get; } = width;
    public double Height { get; } = height;

    /// <summary>The document's title (its Info dictionary), shown by readers in the window title.</summary>
    public string? Title { get; set; }

    public int PageCount => _pages.Count;

    /// <summary>Starts a new page; later drawing goes on it.</summary>
    public void AddPage() => _pages.Add(new StringBuilder());

    private StringBuilder Page => _pages.Count > 0 ? _pages[^1] : throw new InvalidOperationException("Add a page before drawing.");

    /// <summary>Writes one line of text whose baseline starts at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Text(double x, double y, string text, double size, bool bold = false, PdfColor? color = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var page = Page;
        page.Append("BT ").Append((color ?? PdfColor.Black).Operands).Append(" rg /").Append(bold ? "F2 " : "F1 ").Append(Number(size))
            .Append(" Tf ").Append(Number(x)).Append(' ').Append(Number(Height - y)).Append(" Td ").Append(Literal(text)).Append(" Tj ET\n");
    }

    /// <summary>Fills the rectangle whose top-left corner is (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Rectangle(double x, double y, double width, double height, PdfColor fill) =>
        Page.Append(fill.Operands).Append(" rg ").Append(Number(x)).Append(' ').Append(Number(Height - y - height)).Append(' ')
            .Append(Number(width)).Append(' ').Append(Number(height)).Append(" re f\n");

    /// <summary>Draws a straight line.</summary>
    public void Line(double x1, double y1, double x2, double y2, PdfColor color, double lineWidth = 0.5) =>
        Page.Append(color.Operands).Append(" RG ").Append(Number(lineWidth)).Append(" w ").Append(Number(x1)).Append(' ').Append(Number(Height - y1))
            .Append(" m ").Append(Number(x2)).Append(' ').Append(Number(Height - y2)).Append(" l S\n");

    /// <summary>The file: header, objects, cross-reference table and trailer.</summary>
    public byte[] ToArray()
    {
        if (_pages.Count == 0) AddPage();
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // the page tree, once the pages' object numbers are known
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            $"<< /Title {Literal(Title ?? "")} /Producer (ColdStart Workbench) >>",
        };
        var kids = new List<string>();
        string mediaBox = $"[0 0 {Number(Width)} {Number(Height)}]";
        foreach (var page in _pages)
        {
            int pageNumber = objects.Count + 1;
            kids.Add($"{pageNumber} 0 R");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox {mediaBox} /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {pageNumber + 1} 0 R >>");
            string content = page.ToString();
            objects.Add($"<< /Length {content.Length} >>\nstream\n{content}endstream");
        }
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids)}] /Count {_pages.Count} >>";

        var file = new MemoryStream();
        var offsets = new long[objects.Count];
        Write(file, "%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
        for (int i = 0; i < objects.Count; i++)
        {
            offsets[i] = file.Position;
            Write(file, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        long xref = file.Position;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (long offset in offsets) table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(file, table.ToString());
        return file.ToArray();
    }

    /// <summary>Text as a PDF literal string in WinAnsiEncoding, with escapes.</summary>
    private static string Literal(string text)
    {
        var literal = new StringBuilder("(");
        foreach (byte b in PdfFont.Encode(text))
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\') literal.Append('\\').Append((char)b);
            else if (b < 128) literal.Append((char)b);
            else literal.Append('\\').Append(Convert.ToString(b, 8));
        }
        return literal.Append(')').ToString();
    }

    // Content is ASCII except the header's binary comment, whose characters are all below 256: Latin-1 keeps every byte.
    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
