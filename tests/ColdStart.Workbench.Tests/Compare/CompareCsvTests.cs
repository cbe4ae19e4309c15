using System.Text;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Compare;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class CompareCsvTests
{
    private static readonly Item Tent = new("SKU-1", "Tent, \"Trail\" 2p", "A light tent.", "Outdoor", "Tent", "Outdoor > Camping > Tent", "Alpina", 199.5f,
        new DateOnly(2025, 3, 1), ["camping"]);

    private static readonly Item Formula = new("SKU-2", "=HYPERLINK(\"x\")", "", "Outdoor", "Tent", "Outdoor", "", 10f, new DateOnly(2025, 3, 1), []);

    [Fact]
    public void One_row_per_card_with_quoted_text_score_parts_and_the_rules_sum()
    {
        var explanation = new Explanation(
            [new(ScorePart.Collaborative, 0.5f), new(ScorePart.Semantic, 0.25f), new(ScorePart.Popularity, 0.125f), new("Tag “camping”", -1f)],
            ["camping"], [], ["Tag “camping” −1"], 0);
        var tent = new CompareCard(new RankedItem(1, 0, Tent, -0.125f, explanation, Pinned: true), IsNew: true, default, ScoreSegment.Of(explanation));
        var plain = new Explanation([new(ScorePart.Collaborative, 0.1f)], [], [], [], 0);
        var formula = new CompareCard(new RankedItem(2, 1, Formula, 0.1f, plain), IsNew: false, default, ScoreSegment.Of(plain), ReorderedByDiversity: true);
        var result = new ColumnResult([tent, formula], null, 0, [], [], TimeSpan.Zero, 2);

        string csv = CompareCsv.Write([new CompareColumn("Ana, camper", "Balanced")], [result]);

        var lines = csv.Split("\r\n");
        Assert.Equal(4, lines.Length); // header, two cards, and the empty string after the last CRLF
        Assert.Equal("", lines[3]);
        Assert.Equal(
            "column,persona,strategy,rank,sku,title,department,brand,price,score,Collaborative,Semantic,Popularity,Freshness,Item-to-item,Lexical,New item,Rules,pinned,new_item,diversity_reordered,rules_fired,matched_tags",
            lines[0]);
        Assert.Equal("1,\"Ana, camper\",Balanced,1,SKU-1,\"Tent, \"\"Trail\"\" 2p\",Outdoor,Alpina,199.50,-0.125,0.5,0.25,0.125,0,0,0,0,-1,true,true,false,Tag “camping” −1,camping", lines[1]);
        Assert.Equal("1,\"Ana, camper\",Balanced,2,SKU-2,\"'=HYPERLINK(\"\"x\"\")\",Outdoor,,10.00,0.1,0.1,0,0,0,0,0,0,0,false,false,true,,", lines[2]);
        Assert.Equal(CompareCsv.Header.Count, Split(lines[1]).Count);
        Assert.Equal("Tent, \"Trail\" 2p", Split(lines[1])[5]);
    }

    [Fact]
    public void A_failed_column_adds_no_rows()
    {
        string csv = CompareCsv.Write([new CompareColumn("A", "S"), new CompareColumn("B", "S")], [ColumnResult.Failed("broken"), ColumnResult.Failed("broken")]);

        Assert.Equal(string.Join(',', CompareCsv.Header) + "\r\n", csv);
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).</summary>
    internal static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
