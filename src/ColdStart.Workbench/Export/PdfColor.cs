using System.Globalization;

namespace ColdStart.Workbench.Export;

/// <summary>An RGB colour of <see cref="PdfDocument"/>, each channel 0–1.</summary>
public readonly record struct PdfColor(double R, double G, double B)
{
    public static PdfColor Black { get; } = new(0, 0, 0);
    public static PdfColor Grey { get; } = new(0.4, 0.4, 0.4);
    public static PdfColor LightGrey { get; } = new(0.85, 0.85, 0.85);

    /// <summary>A colour from CSS hex notation, <c>#rrggbb</c>.</summary>
    /// <exception cref="FormatException">Not of that form.</exception>
    public static PdfColor FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int rgb))
            throw new FormatException($"'{hex}' is not a colour of the form #rrggbb.");
        return new PdfColor(((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0);
    }

    internal string Operands => string.Create(CultureInfo.InvariantCulture, $"{R:0.###} {G:0.###} {B:0.###}");
}
