namespace ColdStart.Workbench.Export;

/// <summary>
/// Text flowing down the pages of a <see cref="PdfDocument"/>: headings, wrapped paragraphs, bullets and tables whose
/// rows wrap and whose header repeats after a page break. A new page starts when the next block does not fit.
/// </summary>
public sealed class PdfFlow
{
    private const double Padding = 3;
    private readonly PdfDocument _document;
    private readonly double _margin;
    private readonly string _footer;
    private double _y;

    /// <param name="document">The document to write into; the flow starts a page of its own.</param>
    /// <param name="footer">Written at the foot of every page, followed by the page number.</param>
    /// <param name="margin">Page margin in points.</param>
    public PdfFlow(PdfDocument document, string footer, double margin = 40)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(footer);
        (_document, _footer, _margin) = (document, footer, margin);
        NewPage();
    }

    private double ContentWidth => _document.Width - 2 * _margin;

    private double Bottom => _document.Height - _margin;

    public void Heading(string text, int level)
    {
        double size = level switch { 1 => 16, 2 => 13, _ => 11 };
        Space(level == 1 ? 0 : size * 0.6);
        Lines(PdfFont.Wrap(text, size, bold: true, ContentWidth), size, bold: true, indent: 0, keepWith: 3 * 11);
        Space(size * 0.3);
    }

    public void Paragraph(string text, double size = 9, bool bold = false) =>
        Lines(PdfFont.Wrap(text, size, bold, ContentWidth), size, bold, indent: 0, keepWith: 0);

    public void Bullet(string text, double size = 9)
    {
        var lines = PdfFont.Wrap(text, size, bold: false, ContentWidth - 12);
        EnsureSpace(size * 1.3);
        _document.Text(_margin + 3, _y + size, "•", size);
        Lines(lines, size, bold: false, indent: 12, keepWith: 0);
    }

    /// <summary>Vertical space in points (none at the top of a page).</summary>
    public void Space(double points)
    {
        if (_y > _margin) _y = Math.Min(_y + points, Bottom);
    }

    /// <summary>A table: columns as wide as their content allows within the page, cells wrapped, the header repeated on each page.</summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, double size = 8)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        if (header.Count == 0) return;
        var widths = ColumnWidths(header, rows, size);
        double headerHeight = Row(header, widths, size, bold: true, draw: false);
        EnsureSpace(headerHeight + size * 2.5);
        Row(header, widths, size, bold: true, draw: true);
        foreach (var row in rows)
        {
            double height = Row(row, widths, size, bold: false, draw: false);
            if (_y + height > Bottom)
            {
                NewPage();
                Row(header, widths, size, bold: true, draw: true);
            }
            Row(row, widths, size, bold: false, draw: true);
        }
        Space(size);
    }

    private double[] ColumnWidths(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, double size)
    {
        int n = header.Count;
        double available = ContentWidth;
        var natural = new double[n];
        for (int c = 0; c < n; c++)
        {
            natural[c] = PdfFont.Width(header[c], size, bold: true);
            foreach (var row in rows)
                if (c < row.Count) natural[c] = Math.Max(natural[c], PdfFont.Width(row[c], size));
            natural[c] += 2 * Padding + 1;
        }
        // Each column gets its natural width up to a fair share; what is left goes to the wider ones by their excess.
        var widths = new double[n];
        double fair = available / n, used = 0, excess = 0;
        for (int c = 0; c < n; c++)
        {
            widths[c] = Math.Min(natural[c], fair);
            used += widths[c];
            excess += natural[c] - widths[c];
        }
        double rest = available - used;
        for (int c = 0; c < n && excess > 0; c++)
            widths[c] += (natural[c] - widths[c]) * Math.Min(1, rest / excess);
        return widths;
    }

    /// <summary>Draws one table row at the cursor (or only measures it); returns its height.</summary>
    private double Row(IReadOnlyList<string> cells, double[] widths, double size, bool bold, bool draw)
    {
        double lineHeight = size * 1.25;
        var wrapped = new IReadOnlyList<string>[widths.Length];
        int lines = 1;
        for (int c = 0; c < widths.Length; c++)
        {
            wrapped[c] = PdfFont.Wrap(c < cells.Count ? cells[c] : "", size, bold, widths[c] - 2 * Padding);
            lines = Math.Max(lines, wrapped[c].Count);
        }
        double height = Math.Min(lines * lineHeight + 2 * Padding, Bottom - _margin);
        if (!draw) return height;
        double x = _margin;
        if (bold) _document.Rectangle(x, _y, ContentWidth, height, new PdfColor(0.93, 0.93, 0.93));
        for (int c = 0; c < widths.Length; c++)
        {
            for (int l = 0; l < wrapped[c].Count && Padding + (l + 1) * lineHeight <= height; l++)
                _document.Text(x + Padding, _y + Padding + l * lineHeight + size, wrapped[c][l], size, bold);
            x += widths[c];
        }
        _y += height;
        _document.Line(_margin, _y, _margin + ContentWidth, _y, PdfColor.LightGrey);
        return height;
    }

    private void Lines(IReadOnlyList<string> lines, double size, bool bold, double indent, double keepWith)
    {
        double lineHeight = size * 1.3;
        EnsureSpace(Math.Min(lines.Count * lineHeight + keepWith, Bottom - _margin));
        foreach (var line in lines)
        {
            EnsureSpace(lineHeight);
            _document.Text(_margin + indent, _y + size, line, size, bold);
            _y += lineHeight;
        }
    }

    private void EnsureSpace(double height)
    {
        if (_y + height > Bottom && _y > _margin) NewPage();
    }

    private void NewPage()
    {
        _document.AddPage();
        _document.Text(_margin, _document.Height - _margin / 2, $"{_footer} · page {_document.PageCount}", 7, color: PdfColor.Grey);
        _y = _margin;
    }
}
