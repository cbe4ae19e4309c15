using ColdStart.Engine.Domain;
using ColdStart.Engine.Lexical;

namespace ColdStart.Engine.Tests.Lexical;

public class LexicalIndexTests
{
    private static Item Item(string id, string title, params string[] tags) =>
        new(id, title, "", "", "", "", "", 0f, new DateOnly(2026, 1, 1), tags);

    private static readonly Item[] Items =
    [
        Item("a", "red tent tent"),
        Item("b", "red stove"),
        Item("c", "blue kettle", "outdoor"),
    ];

    [Fact]
    public void Rows_are_sublinear_tf_times_smoothed_idf_normalised()
    {
        var index = LexicalIndex.Build(Items);
        // idf(t) = ln((1 + N) / (1 + df)) + 1 with N = 3: idf(red) = ln(4/3) + 1, idf(tent) = ln(2) + 1.
        double red = Math.Log(4.0 / 3) + 1, tent = (1 + Math.Log(2)) * (Math.Log(2) + 1), stove = Math.Log(2) + 1;
        // cos(a, b) = w(red,a)·w(red,b) with a = (red, tent·(1 + ln 2)) and b = (red, stove), both unit length.
        double expected = red * red / (Math.Sqrt(red * red + tent * tent) * Math.Sqrt(red * red + stove * stove));
        Assert.Equal(expected, index.Similarity(0, 1), 5);
        Assert.Equal(1f, index.Similarity(0, 0), 5);
        Assert.Equal(0f, index.Similarity(0, 2));
    }

    [Fact]
    public void Words_match_item_text_and_unknown_words_are_ignored()
    {
        var index = LexicalIndex.Build(Items);
        var scores = index.Score([], "a blue zebra");
        Assert.True(scores[2] > 0);
        Assert.Equal(0f, scores[0]);
        Assert.Equal(0f, scores[1]);
        Assert.All(index.Score([], "zebra"), s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Seed_items_score_their_text_neighbours_and_tags_are_whole_tokens()
    {
        var index = LexicalIndex.Build([.. Items, Item("d", "green mug", "outdoor")]);
        var scores = index.Score([0], null);
        Assert.Equal(1f, scores[0], 5);     // itself
        Assert.True(scores[1] > 0);         // shares "red"
        Assert.Equal(0f, scores[2]);
        Assert.Contains("#outdoor", LexicalIndex.Tokens(Items[2]));
        Assert.True(index.Similarity(2, 3) > 0); // share the tag
    }
}
