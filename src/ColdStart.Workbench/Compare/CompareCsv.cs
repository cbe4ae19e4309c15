using System.Globalization;
using System.Text;

namespace ColdStart.Workbench.Compare;

/// <summary>
/// A Compare board as CSV (RFC 4180, comma, CRLF): one row per card of every column, with the column's persona and
/// strategy (its working copy, unsaved edits included), the item, its score and the score's parts (the six blend
/// components, the new-item adjustment and the rules' sum, which add up to the score), and why it is there.
/// </summary>
public static class CompareCsv
{
    /// <summary>The header row's fields, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "column", "persona", "strategy", "rank", "sku", "title", "department", "brand", "price", "score",
        .. ScoreSegment.Components, "Rules", "pinned", "new_item", "diversity_reordered", "rules_fired", "matched_tags",
    ];

    /// <summary>The board's CSV: a header row, then every column's cards, column by column, best first.</summary>
    public static string Write(IReadOnlyList<CompareColumn> columns, IReadOnlyList<ColumnResult> results)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(results);
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        var fields = new List<string>(Header.Count);
        for (int c = 0; c < columns.Count && c < results.Count; c++)
        {
            foreach (var card in results[c].Cards)
            {
                var ranked = card.Ranked;
                var item = ranked.Item;
                fields.Clear();
                fields.AddRange([
                    Number(c + 1), Text(columns[c].PersonaName), Text(columns[c].StrategyName), Number(ranked.Rank), Text(item.Id), Text(item.Title),
                    Text(item.Department), Text(item.Brand), item.Price.ToString("0.00", CultureInfo.InvariantCulture), Number(ranked.Score)]);
                float rules = 0;
                foreach (var part in ranked.Explanation.Parts)
                    if (!ScoreSegment.Components.Contains(part.Name)) rules += part.Value;
                foreach (var name in ScoreSegment.Components) fields.Add(Number(ranked.Explanation.Component(name)));
                fields.AddRange([
                    Number(rules), Flag(ranked.Pinned), Flag(card.IsNew), Flag(card.ReorderedByDiversity),
                    Text(string.Join("; ", ranked.Explanation.RulesFired)), Text(string.Join("; ", ranked.Explanation.MatchedTags))]);
                AppendRow(csv, fields);
            }
        }
        return csv.ToString();
    }

    /// <summary>Appends one row: the fields quoted where needed, comma-separated, CRLF.</summary>
    internal static void AppendRow(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Quote(fields[i]));
        }
        csv.Append("\r\n");
    }

    /// <summary>A field quoted when it holds a comma, a quote or a line break (quotes doubled).</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>
    /// Free text, with a leading apostrophe when it starts like a spreadsheet formula (=, +, −, @), so a title cannot
    /// run as one when the file is opened in a spreadsheet.
    /// </summary>
    public static string Text(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(float value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
