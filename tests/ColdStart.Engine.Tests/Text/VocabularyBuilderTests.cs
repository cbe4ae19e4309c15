using ColdStart.Engine.Text;
using Microsoft.ML.Tokenizers;

namespace ColdStart.Engine.Tests.Text;

public sealed class VocabularyBuilderTests
{
    [Fact]
    public void Special_tokens_come_first_once_and_there_are_no_duplicates()
    {
        var vocab = VocabularyBuilder.Build(EncoderFixture.ShopCorpus, maxSize: 400, minCount: 1);

        Assert.Equal(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"], vocab.Take(5));
        Assert.Equal(vocab.Count, vocab.Distinct(StringComparer.Ordinal).Count());
        Assert.All(VocabularyBuilder.SpecialTokens, s => Assert.Single(vocab, s));
    }

    [Fact]
    public void Every_character_seen_and_its_continuation_are_in_the_vocabulary()
    {
        var vocab = VocabularyBuilder.Build(["Zebra-quilt!"], maxSize: 100, minCount: 1).ToHashSet();

        foreach (var c in "zebra-quilt!")
        {
            Assert.Contains(c.ToString(), vocab);
            Assert.Contains("##" + c, vocab);
        }

        Assert.DoesNotContain("Z", vocab);
    }

    [Fact]
    public void Frequent_words_are_whole_entries_and_rare_ones_are_not()
    {
        var corpus = Enumerable.Repeat("waterproof tent", 3).Append("zeppelin").ToList();

        var vocab = VocabularyBuilder.Build(corpus, maxSize: 200, minCount: 2);

        Assert.Contains("waterproof", vocab);
        Assert.Contains("tent", vocab);
        Assert.DoesNotContain("zeppelin", vocab);
    }

    [Fact]
    public void Accents_are_stripped_and_text_is_lower_cased_like_bert()
    {
        var vocab = VocabularyBuilder.Build(["Café CRÈME", "café crème"], maxSize: 100, minCount: 2);

        Assert.Contains("cafe", vocab);
        Assert.Contains("creme", vocab);
        Assert.DoesNotContain("café", vocab);
    }

    [Fact]
    public void Size_limit_is_respected()
    {
        var corpus = Enumerable.Range(0, 500).Select(i => $"word{i} word{i} shared");

        var vocab = VocabularyBuilder.Build(corpus, maxSize: 60, minCount: 2);

        Assert.Equal(60, vocab.Count);
    }

    [Fact]
    public void Too_small_a_limit_for_the_alphabet_is_rejected_with_the_needed_size()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => VocabularyBuilder.Build(["abcdefghij"], maxSize: 10));

        Assert.Contains("25", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_file_is_read_by_the_bert_tokenizer_and_hash_matches_the_bytes()
    {
        using var directory = new TemporaryDirectory();
        var vocab = VocabularyBuilder.Build(EncoderFixture.ShopCorpus, maxSize: 400, minCount: 1);
        var path = directory.File("vocab.txt");

        VocabularyBuilder.Write(vocab, path);
        var bert = BertTokenizer.Create(path, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });

        Assert.Equal(vocab.ToList().IndexOf("espresso"), bert.EncodeToIds("Espresso", addSpecialTokens: false).Single());
        Assert.Equal(vocab.Count, File.ReadAllLines(path).Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), VocabularyBuilder.Sha256(vocab));
        Assert.Empty(Directory.GetFiles(directory.Path, "*.tmp"));
    }
}
