using System.Text;
using Microsoft.ML.Tokenizers;

namespace ColdStart.Engine.Text;

/// <summary>
/// BERT WordPiece tokenizer (Microsoft.ML.Tokenizers <see cref="BertTokenizer"/>) with padding and attention masks.
/// User text can never produce special tokens: a typed "[SEP]" is split into "[", "sep", "]".
/// </summary>
public sealed class TextTokenizer
{
    private static readonly string[] SpecialTokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

    /// <summary>Batches at least this large are tokenized on all cores (the tokenizer is the bottleneck of encoding).</summary>
    private const int ParallelFrom = 32;
    private readonly BertTokenizer _bert;

    private TextTokenizer(BertTokenizer bert, int vocabSize)
    {
        _bert = bert;
        VocabSize = vocabSize;
    }

    /// <summary>Number of entries in the vocabulary; every id is below it.</summary>
    public int VocabSize { get; }

    /// <summary>Id of [PAD].</summary>
    public int PaddingId => _bert.PaddingTokenId;

    /// <summary>Id of [CLS].</summary>
    public int ClassificationId => _bert.ClassificationTokenId;

    /// <summary>Id of [SEP].</summary>
    public int SeparatorId => _bert.SeparatorTokenId;

    /// <summary>Id of [UNK].</summary>
    public int UnknownId { get; private init; }

    /// <summary>Loads a <c>vocab.txt</c> (one token per line, line number = id).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file lacks a special token or has duplicate lines.</exception>
    public static TextTokenizer Load(string vocabPath, bool lowerCase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vocabPath);
        if (!File.Exists(vocabPath))
        {
            throw new FileNotFoundException(
                $"Vocabulary file '{vocabPath}' not found. Create it with the `train` command (it writes <name>.vocab.txt next to the model), " +
                "or set the vocab path to the vocab.txt of the sentence-transformer you dropped in.", vocabPath);
        }

        return FromLines(File.ReadAllLines(vocabPath, Encoding.UTF8), lowerCase, vocabPath);
    }

    /// <summary>Builds a tokenizer from an in-memory vocabulary (line order = id).</summary>
    internal static TextTokenizer FromVocabulary(IReadOnlyList<string> vocab, bool lowerCase) =>
        FromLines(vocab, lowerCase, "in-memory vocabulary");

    /// <summary>A tokenizer whose vocabulary is only the special tokens; used for BERT pre-tokenisation of a corpus.</summary>
    internal static TextTokenizer SpecialsOnly(bool lowerCase) => FromLines(SpecialTokens, lowerCase, "special tokens");

    /// <summary>Token ids of one text: [CLS] pieces [SEP], at most <paramref name="maxTokens"/> ids.</summary>
    public int[] Encode(string text, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ValidateMaxTokens(maxTokens);
        var ids = _bert.EncodeToIds(text, maxTokens, addSpecialTokens: true, out _, out _);
        var result = new int[ids.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = ids[i];
        }

        return result;
    }

    /// <summary>Tokenizes a batch, padded with [PAD] to the longest sequence in the batch.</summary>
    /// <returns>Row-major <c>texts.Count × T</c> ids and a mask with 1 on real tokens, 0 on padding.</returns>
    public (long[] ids, long[] mask) EncodeBatch(IReadOnlyList<string> texts, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ValidateMaxTokens(maxTokens);
        var ids = new long[texts.Count * maxTokens];
        var mask = new long[texts.Count * maxTokens];
        var tokens = EncodeBatchInto(texts, 0, texts.Count, maxTokens, ids, mask);
        return (ids[..(texts.Count * tokens)], mask[..(texts.Count * tokens)]);
    }

    /// <summary>
    /// Tokenizes <c>texts[start..start+count)</c> (on all cores for large slices) into caller-owned buffers (at least <c>count × maxTokens</c> long),
    /// padded to the longest sequence of this slice.
    /// </summary>
    /// <returns>The padded sequence length T; rows are laid out <c>count × T</c>.</returns>
    internal int EncodeBatchInto(IReadOnlyList<string> texts, int start, int count, int maxTokens, long[] ids, long[] mask)
    {
        for (var i = 0; i < count; i++)
        {
            _ = texts[start + i] ?? throw new ArgumentException($"texts[{start + i}] is null.", nameof(texts));
        }

        var encoded = new IReadOnlyList<int>[count];
        if (count >= ParallelFrom)
        {
            Parallel.For(0, count, i => encoded[i] = _bert.EncodeToIds(texts[start + i], maxTokens, addSpecialTokens: true, out _, out _));
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                encoded[i] = _bert.EncodeToIds(texts[start + i], maxTokens, addSpecialTokens: true, out _, out _);
            }
        }

        var longest = 0;
        foreach (var pieces in encoded)
        {
            longest = Math.Max(longest, pieces.Count);
        }

        for (var i = 0; i < count; i++)
        {
            var row = i * longest;
            var pieces = encoded[i];
            for (var t = 0; t < longest; t++)
            {
                var real = t < pieces.Count;
                ids[row + t] = real ? pieces[t] : PaddingId;
                mask[row + t] = real ? 1 : 0;
            }
        }

        return longest;
    }

    /// <summary>The words BERT's basic tokenizer sees: normalised (lower case, accents stripped) and split on whitespace and punctuation.</summary>
    internal IEnumerable<string> PreTokenize(string text)
    {
        var normalized = _bert.Normalizer?.Normalize(text) ?? text;
        if (_bert.PreTokenizer is null)
        {
            yield return normalized;
            yield break;
        }

        foreach (var (offset, length) in _bert.PreTokenizer.PreTokenize(normalized))
        {
            yield return normalized.Substring(offset, length);
        }
    }

    private static TextTokenizer FromLines(IReadOnlyList<string> lines, bool lowerCase, string source)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        {
            writer.NewLine = "\n";
            foreach (var line in lines)
            {
                writer.WriteLine(line);
            }
        }

        stream.Position = 0;
        BertTokenizer bert;
        try
        {
            bert = BertTokenizer.Create(stream, Options(lowerCase));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(
                $"Vocabulary '{source}' cannot be used: {e.Message} It needs [PAD] [UNK] [CLS] [SEP] [MASK] and no duplicate lines.", e);
        }

        var unknown = IndexOf(lines, "[UNK]");
        return new TextTokenizer(bert, lines.Count) { UnknownId = unknown };
    }

    private static BertOptions Options(bool lowerCase) => new()
    {
        LowerCaseBeforeTokenization = lowerCase,
        RemoveNonSpacingMarks = lowerCase,
        SplitOnSpecialTokens = false,
        ApplyBasicTokenization = true,
    };

    private static int IndexOf(IReadOnlyList<string> lines, string token)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] == token)
            {
                return i;
            }
        }

        return -1;
    }

    private static void ValidateMaxTokens(int maxTokens)
    {
        if (maxTokens < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxTokens), maxTokens, "maxTokens must be at least 2 ([CLS] and [SEP]).");
        }
    }
}
