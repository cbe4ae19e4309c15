using System.Globalization;
using ColdStart.Workbench.Export;

namespace ColdStart.Workbench.Compare;

/// <summary>
/// A Compare board as a PDF for a deck (A4 landscape): the columns side by side as on the page, each headed by its
/// persona, strategy, overlap and diversity, with every card of its list (rank, title, SKU, department, score, new /
/// pinned / MMR marks) and its stacked score bar in the page's colours. Lists longer than a page continue on the next
/// pages with the column headers repeated, so nothing is cut off.
/// </summary>
public static class ComparePdf
{
    private const double Margin = 28, Gap = 10, CardHeight = 27, CardsTop = 104;

    /// <summary>Cards of one column on one page.</summary>
    public static int CardsPerPage => (int)((595 - Margin - 16 - CardsTop) / CardHeight);

    public static byte[] Write(IReadOnlyList<CompareColumn> columns, IReadOnlyList<ColumnResult> results, string workspace, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(results);
        string title = $"Compare · {workspace} · {utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
        var document = new PdfDocument { Title = title };
        int count = Math.Min(columns.Count, results.Count);
        int longest = count == 0 ? 0 : Enumerable.Range(0, count).Max(c => results[c].Cards.Count);
        int pages = Math.Max(1, (longest + CardsPerPage - 1) / CardsPerPage);
        double width = count == 0 ? 0 : (document.Width - 2 * Margin - Gap * (count - 1)) / count;
        for (int page = 0; page < pages; page++)
        {
            document.AddPage();
            document.Text(Margin, Margin + 10, title, 12, bold: true);
            Legend(document, Margin + 26);
            document.Text(Margin, document.Height - Margin / 2, $"page {page + 1} of {pages}", 7, color: PdfColor.Grey);
            for (int c = 0; c < count; c++)
            {
                double x = Margin + c * (width + Gap);
                Header(document, x, width, c, columns[c], results[c]);
                var cards = results[c].Cards;
                for (int i = page * CardsPerPage; i < Math.Min(cards.Count, (page + 1) * CardsPerPage); i++)
                    Card(document, x, CardsTop + (i - page * CardsPerPage) * CardHeight, width, cards[i]);
            }
        }
        return document.ToArray();
    }

    private static void Legend(PdfDocument document, double y)
    {
        double x = Margin;
        document.Text(x, y + 6, "Score bar:", 7, color: PdfColor.Grey);
        x += PdfFont.Width("Score bar:", 7) + 6;
        foreach (var part in ScoreSegment.Components)
        {
            document.Rectangle(x, y, 7, 7, PdfColor.FromHex(ScoreSegment.Colour(part)));
            document.Text(x + 9, y + 6, part, 7);
            x += 9 + PdfFont.Width(part, 7) + 8;
        }
    }

    private static void Header(PdfDocument document, double x, double width, int index, CompareColumn column, ColumnResult result)
    {
        double y = 62;
        document.Rectangle(x, y, width, 36, new PdfColor(0.95, 0.95, 0.95));
        document.Text(x + 3, y + 10, PdfFont.Fit($"{index + 1}. {column.PersonaName}", 9, true, width - 6), 9, bold: true);
        document.Text(x + 3, y + 20, PdfFont.Fit($"× {column.StrategyName}", 8, false, width - 6), 8);
        string stats = result.Error is { } error
            ? error
            : string.Join(" · ", new[]
            {
                $"{result.Cards.Count} items",
                result.Overlap is { } overlap ? $"overlap {overlap.ToString("P0", CultureInfo.InvariantCulture)}" : "reference column",
                $"diversity {result.Diversity.ToString("0.00", CultureInfo.InvariantCulture)}",
            });
        document.Text(x + 3, y + 31, PdfFont.Fit(stats, 7, false, width - 6), 7, color: PdfColor.Grey);
    }

    private static void Card(PdfDocument document, double x, double y, double width, CompareCard card)
    {
        var ranked = card.Ranked;
        var item = ranked.Item;
        document.Text(x + 2, y + 8, PdfFont.Fit($"#{ranked.Rank} {item.Title}", 7.5, true, width - 4), 7.5, bold: true);
        var marks = new List<string> { item.Id, item.Department, $"score {ranked.Score.ToString("0.000", CultureInfo.InvariantCulture)}" };
        if (card.IsNew) marks.Add("new");
        if (ranked.Pinned) marks.Add("pinned");
        if (card.ReorderedByDiversity) marks.Add("MMR");
        document.Text(x + 2, y + 17, PdfFont.Fit(string.Join(" · ", marks), 6.5, false, width - 4), 6.5, color: PdfColor.Grey);
        double bar = x + 2;
        foreach (var segment in card.Segments)
        {
            double w = (width - 4) * segment.Percent / 100;
            document.Rectangle(bar, y + 20, w, 3.5, PdfColor.FromHex(ScoreSegment.Colour(segment.Name)));
            bar += w;
        }
        document.Line(x, y + CardHeight - 1, x + width, y + CardHeight - 1, PdfColor.LightGrey, 0.3);
    }
}
