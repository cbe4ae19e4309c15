using ColdStart.Engine.Text;

namespace ColdStart.Engine.Tests.Text;

public sealed class TextTokenizerTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly TextTokenizer _tokenizer;
    private readonly IReadOnlyList<string> _vocab = EncoderFixture.ShopVocabulary();

    public TextTokenizerTests()
    {
        var path = _directory.File("vocab.txt");
        VocabularyBuilder.Write(_vocab, path);
        _tokenizer = TextTokenizer.Load(path, lowerCase: true);
    }

    public void Dispose() => _directory.Dispose();

    private int Id(string token) => _vocab.ToList().IndexOf(token);

    [Fact]
    public void Accented_word_maps_to_the_unaccented_vocabulary_word()
    {
        Assert.Equal([_tokenizer.ClassificationId, Id("cafe"), _tokenizer.SeparatorId], _tokenizer.Encode("Café", 16));
        Assert.Equal(_tokenizer.Encode("CAFE", 16), _tokenizer.Encode("café", 16));
    }

    [Fact]
    public void Emoji_are_skipped_without_error()
    {
        Assert.Equal([_tokenizer.ClassificationId, Id("tent"), _tokenizer.SeparatorId], _tokenizer.Encode("😀 tent 🏕️", 16));
        Assert.Equal([_tokenizer.ClassificationId, _tokenizer.SeparatorId], _tokenizer.Encode("🎉🎉🎉", 16));
    }

    [Fact]
    public void Separator_typed_by_a_user_is_not_the_separator_token()
    {
        var ids = _tokenizer.Encode("tent [SEP] [CLS] lantern [MASK] [PAD]", 32);

        Assert.Equal(_tokenizer.ClassificationId, ids[0]);
        Assert.Equal(_tokenizer.SeparatorId, ids[^1]);
        Assert.Single(ids, _tokenizer.SeparatorId);
        Assert.Single(ids, _tokenizer.ClassificationId);
        Assert.DoesNotContain(Id("[MASK]"), ids);
        Assert.DoesNotContain(_tokenizer.PaddingId, ids);
        Assert.Contains(Id("tent"), ids);
        Assert.Contains(Id("lantern"), ids);
    }

    [Fact]
    public void Empty_text_is_classification_and_separator_only()
    {
        Assert.Equal([_tokenizer.ClassificationId, _tokenizer.SeparatorId], _tokenizer.Encode(string.Empty, 16));
        Assert.Equal([_tokenizer.ClassificationId, _tokenizer.SeparatorId], _tokenizer.Encode("   \t\n ", 16));
    }

    [Fact]
    public void Very_long_text_is_truncated_to_max_tokens_and_keeps_the_separator()
    {
        var text = string.Join(' ', Enumerable.Repeat("waterproof tent", 5000));

        var ids = _tokenizer.Encode(text, 24);

        Assert.Equal(24, ids.Length);
        Assert.Equal(_tokenizer.ClassificationId, ids[0]);
        Assert.Equal(_tokenizer.SeparatorId, ids[^1]);
    }

    [Fact]
    public void Unknown_word_is_split_into_known_pieces_not_unknown()
    {
        var ids = _tokenizer.Encode("tentcamping", 16);

        Assert.DoesNotContain(_tokenizer.UnknownId, ids);
        Assert.True(ids.Length > 3);
    }

    [Fact]
    public void Batch_is_padded_to_the_longest_text_with_a_matching_mask()
    {
        var (ids, mask) = _tokenizer.EncodeBatch(["tent", "espresso grinder with burrs", ""], 16);

        var longest = ids.Length / 3;
        Assert.Equal(_tokenizer.Encode("espresso grinder with burrs", 16).Length, longest);
        Assert.Equal([1, 1, 1], mask[..3]);
        Assert.All(mask[3..longest], m => Assert.Equal(0, m));
        Assert.Equal(_tokenizer.PaddingId, ids[longest - 1]);
        Assert.Equal(2, mask[(2 * longest)..].Sum());
    }

    [Fact]
    public void Missing_vocabulary_names_the_path_and_the_train_command()
    {
        var path = _directory.File("absent.vocab.txt");

        var error = Assert.Throws<FileNotFoundException>(() => TextTokenizer.Load(path, lowerCase: true));

        Assert.Equal(path, error.FileName);
        Assert.Contains("train", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tent", "lantern")]
    [InlineData("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "tent", "tent")]
    public void Vocabulary_without_special_tokens_or_with_duplicates_is_rejected_naming_the_file(params string[] lines)
    {
        var path = _directory.File("bad.txt");
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<InvalidDataException>(() => TextTokenizer.Load(path, lowerCase: true));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
