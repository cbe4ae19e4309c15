namespace ColdStart.Workbench.Export;

/// <summary>
/// The two standard-14 fonts <see cref="PdfDocument"/> writes with, Helvetica and Helvetica-Bold: every PDF reader has
/// them, so no font file is embedded (and none is needed on the server). Text is encoded in WinAnsiEncoding; widths are
/// the fonts' AFM widths (Adobe Core 14 metrics) in 1/1000 em for the printable ASCII range, an average for the rest.
/// </summary>
public static class PdfFont
{
    // Helvetica.afm and Helvetica-Bold.afm, characters 32 (space) to 126 (~).
    private static readonly short[] Regular =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    private static readonly short[] Bold =
    [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ];

    // WinAnsiEncoding (PDF 32000-1, annex D) of the characters outside Latin-1 that it has.
    private static readonly Dictionary<char, byte> WinAnsiExtras = new()
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87, ['ˆ'] = 0x88,
        ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91, ['’'] = 0x92, ['“'] = 0x93,
        ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98, ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B,
        ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    };

    // Characters the encoding lacks that have a plain spelling; other symbols (✅, ❌, emoji) are left out.
    private static readonly Dictionary<char, string> Spelled = new()
    {
        ['→'] = "->", ['←'] = "<-", ['≥'] = ">=", ['≤'] = "<=", ['−'] = "-", ['≠'] = "!=", ['≈'] = "~", ['∩'] = "n", ['✓'] = "",
    };

    /// <summary>
    /// <paramref name="text"/> as WinAnsiEncoding bytes: Latin-1 and the encoding's extras as they are, arrows and
    /// comparison signs spelled out, other symbols dropped, anything else as '?'.
    /// </summary>
    public static byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new List<byte>(text.Length);
        foreach (char c in text)
        {
            if (c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF') bytes.Add((byte)c);
            else if (WinAnsiExtras.TryGetValue(c, out byte b)) bytes.Add(b);
            else if (Spelled.TryGetValue(c, out var spelled)) foreach (char s in spelled) bytes.Add((byte)s);
            else if (c == '\t') bytes.Add((byte)' ');
            else if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol
                     or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control) continue;
            else bytes.Add((byte)'?');
        }
        return [.. bytes];
    }

    /// <summary>Width in points of <paramref name="text"/> set at <paramref name="size"/> points.</summary>
    public static double Width(string text, double size, bool bold = false)
    {
        var widths = bold ? Bold : Regular;
        double total = 0;
        foreach (byte b in Encode(text)) total += Glyph(b, widths, bold);
        return total * size / 1000;
    }

    private static int Glyph(byte b, short[] widths, bool bold) => b switch
    {
        >= 32 and <= 126 => widths[b - 32],
        0xA0 or 0xB7 => 278,
        0x85 or 0x97 or 0x89 => 1000,
        0x95 => 350,
        0x91 or 0x92 => bold ? 278 : 222,
        0x93 or 0x94 => bold ? 500 : 333,
        _ => bold ? 611 : 556,
    };

    /// <summary><paramref name="text"/> cut with an ellipsis so that it fits <paramref name="maxWidth"/> points.</summary>
    public static string Fit(string text, double size, bool bold, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Width(text, size, bold) <= maxWidth) return text;
        int length = text.Length;
        while (length > 0 && Width(text[..length] + "…", size, bold) > maxWidth) length--;
        return length == 0 ? "" : text[..length].TrimEnd() + "…";
    }

    /// <summary>
    /// <paramref name="text"/> broken into lines no wider than <paramref name="maxWidth"/> points: at spaces, and inside a
    /// word only when the word alone is wider than a line. Line breaks in the text start new lines.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double size, bool bold, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            string line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(candidate, size, bold) <= maxWidth)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (line.Length > 1 && Width(line, size, bold) > maxWidth)
                {
                    int cut = line.Length - 1;
                    while (cut > 1 && Width(line[..cut], size, bold) > maxWidth) cut--;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }
}
