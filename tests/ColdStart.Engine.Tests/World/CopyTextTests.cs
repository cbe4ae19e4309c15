using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.World;

public sealed class CopyTextTests
{
    [Theory]
    [InlineData("Non-Slip", "non-slip")]
    [InlineData("4-Person Family", "4-person family")]
    [InlineData("QHD", "QHD")]
    [InlineData("30L", "30L")]
    [InlineData("20000mAh", "20000mAh")]
    [InlineData("Chef's Knife", "chef's knife")]
    [InlineData("T-Shirt", "T-shirt")]
    [InlineData("Vitamin C", "vitamin C")]
    public void In_sentence_lowers_title_words_and_keeps_acronyms_and_units(string phrase, string expected) =>
        Assert.Equal(expected, CopyText.InSentence(phrase));

    [Theory]
    [InlineData("ultralight", "an")]
    [InlineData("compact", "a")]
    [InlineData("8-inch", "an")]
    [InlineData("18V", "an")]
    [InlineData("14-inch", "a")]
    [InlineData("MMO", "an")]
    [InlineData("QHD", "a")]
    [InlineData("ISOFIX", "an")]
    [InlineData("universal", "a")]
    [InlineData("heirloom", "an")]
    public void Article_follows_the_sound_of_the_next_word(string next, string expected) =>
        Assert.Equal(expected, CopyText.Article(next));

    [Theory]
    [InlineData("Power Tools", "power-tools")]
    [InlineData("Compact 65%", "compact-65")]
    [InlineData("Baby & Kids", "baby-kids")]
    [InlineData("forest green", "forest-green")]
    public void Tag_is_lower_case_with_single_hyphens(string phrase, string expected) =>
        Assert.Equal(expected, CopyText.Tag(phrase));

    [Fact]
    public void Possessive_of_a_name_ending_in_s_takes_only_an_apostrophe()
    {
        Assert.Equal("Alpenwise's", CopyText.Possessive("Alpenwise"));
        Assert.Equal("Lootbox Basics'", CopyText.Possessive("Lootbox Basics"));
    }

    [Theory]
    [InlineData("hiking boots", true)]
    [InlineData("jeans", true)]
    [InlineData("dress", false)]
    [InlineData("tent", false)]
    public void Plural_names_end_in_a_single_s(string name, bool expected) =>
        Assert.Equal(expected, CopyText.IsPlural(name));
}
