using ColdStart.Workbench.Export;

namespace ColdStart.Workbench.Tests.Export;

public sealed class PdfDocumentTests
{
    [Fact]
    public void A_document_is_a_valid_pdf_whose_pages_hold_the_text_written_on_them()
    {
        var document = new PdfDocument { Title = "Board (draft)" };
        document.AddPage();
        document.Text(40, 40, "SKU-00042 · Trail shoe (coral) \\ 50% — ½ price", 10);
        document.Rectangle(40, 50, 100, 4, PdfColor.FromHex("#1976d2"));
        document.Line(40, 60, 200, 60, PdfColor.Grey);
        document.AddPage();
        document.Text(40, 40, "second page", 10, bold: true);

        var pdf = PdfFile.Read(document.ToArray());

        Assert.Equal(2, pdf.Pages.Count);
        Assert.Equal(["SKU-00042 · Trail shoe (coral) \\ 50% — ½ price"], pdf.Pages[0]);
        Assert.Equal(["second page"], pdf.Pages[1]);
    }

    [Fact]
    public void Characters_outside_the_standard_fonts_encoding_are_spelled_out_dropped_or_replaced()
    {
        Assert.Equal("a -> b >= c"u8.ToArray(), PdfFont.Encode("a → b ≥ c"));
        Assert.Equal(" holds"u8.ToArray(), PdfFont.Encode("✅ holds"));
        Assert.Equal("?"u8.ToArray(), PdfFont.Encode("Ж"));
        Assert.Equal([0x97, 0xE9], PdfFont.Encode("—é"));
    }

    [Fact]
    public void Widths_follow_the_helvetica_metrics_and_wrap_and_fit_keep_within_the_width()
    {
        // Helvetica.afm: 'i' 222, 'W' 944, space 278; Helvetica-Bold: 'i' 278.
        Assert.Equal(0.222 * 10, PdfFont.Width("i", 10), 6);
        Assert.Equal((944 + 278 + 222) / 100.0, PdfFont.Width("W i", 10), 6);
        Assert.Equal(2.78, PdfFont.Width("i", 10, bold: true), 6);

        string text = "Removing four running tags from a running shoe changed its score only a little";
        var lines = PdfFont.Wrap(text, 9, bold: false, 100);
        Assert.True(lines.Count > 2);
        Assert.All(lines, l => Assert.True(PdfFont.Width(l, 9) <= 100, l));
        Assert.Equal(text, string.Join(' ', lines));

        string fitted = PdfFont.Fit(text, 9, bold: true, 80);
        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
        Assert.True(PdfFont.Width(fitted, 9, bold: true) <= 80);
        Assert.Equal("short", PdfFont.Fit("short", 9, bold: false, 80));
    }

    [Fact]
    public void A_markdown_report_becomes_headings_bullets_and_a_table_that_continues_over_pages_with_its_header()
    {
        var rows = Enumerable.Range(1, 120).Select(i => $"| {i} | SKU-{i:00000} | Title with a \\| bar {i} |");
        string markdown = "# Suite 'Checks': run 7\n\n**All expectations hold.**\n\n- Strategy: Balanced\n\n| # | SKU | Title |\n|---|---|---|\n" + string.Join("\n", rows) + "\n";

        var pdf = PdfFile.Read(MarkdownPdf.Render(markdown, "Suite run 7", "Suite run 7"));

        Assert.True(pdf.Pages.Count >= 2);
        Assert.Contains("Suite 'Checks': run 7", pdf.Pages[0]);
        Assert.Contains("All expectations hold.", pdf.Pages[0]);
        Assert.Contains("Strategy: Balanced", pdf.Pages[0]);
        Assert.All(pdf.Pages, page => Assert.Contains("SKU", page));
        for (int i = 1; i <= 120; i++) Assert.Contains($"SKU-{i:00000}", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Title with a | bar 120", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Suite run 7 · page 2", pdf.Pages[1]);
    }
}
