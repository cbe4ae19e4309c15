using System.Security.Cryptography;
using System.Text;

namespace ColdStart.Engine.Text;

/// <summary>
/// Builds a WordPiece vocabulary (BERT layout) from a shop's own text: titles, descriptions, tags, categories, searches.
/// </summary>
/// <remarks>
/// Layout: [PAD] [UNK] [CLS] [SEP] [MASK]; every character seen and its ##form (so no word becomes [UNK]);
/// then frequent whole words and frequent ##suffix / prefix pieces of the rarer words, scored by the characters they save.
/// The corpus is pre-tokenised by the same BERT normaliser and pre-tokenizer that later reads the vocabulary
/// (lower case, accents stripped, split on whitespace and punctuation), so every word admitted is reachable.
/// In the spirit of Wu et al. 2016 (Google NMT WordPiece), simplified to counting instead of likelihood merges.
/// </remarks>
public static class VocabularyBuilder
{
    /// <summary>The special tokens, in id order.</summary>
    public static IReadOnlyList<string> SpecialTokens { get; } = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

    private const string Continuation = "##";
    private const int LongestPiece = 8;
    private const double WholeWordShare = 0.8;

    /// <summary>Builds the vocabulary.</summary>
    /// <param name="corpus">Texts to learn from; null entries are skipped.</param>
    /// <param name="maxSize">Upper bound on entries (specials and characters included).</param>
    /// <param name="minCount">Least number of occurrences for a word or piece to be admitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSize"/> cannot hold the specials and all characters.</exception>
    public static IReadOnlyList<string> Build(IEnumerable<string> corpus, int maxSize = 12000, int minCount = 2)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var words = CountWords(corpus);
        var vocab = new List<string>(maxSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var special in SpecialTokens)
        {
            Admit(special, vocab, seen);
        }

        var characters = CountCharacters(words);
        var needed = SpecialTokens.Count + 2 * characters.Count;
        if (maxSize < needed)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSize), maxSize,
                $"maxSize must be at least {needed}: 5 special tokens plus {characters.Count} distinct characters and their ## forms.");
        }

        foreach (var (character, _) in characters)
        {
            Admit(character, vocab, seen);
            Admit(Continuation + character, vocab, seen);
        }

        var wholeWords = RankWholeWords(words, minCount);
        var wholeBudget = vocab.Count + (int)Math.Ceiling((maxSize - vocab.Count) * WholeWordShare);
        var admittedWords = AdmitUpTo(wholeWords, 0, wholeBudget, vocab, seen);
        AdmitUpTo(RankPieces(words, seen, minCount), 0, maxSize, vocab, seen);
        AdmitUpTo(wholeWords, admittedWords, maxSize, vocab, seen);
        return vocab;
    }

    /// <summary>Writes the vocabulary as UTF-8 <c>vocab.txt</c>, one token per line, atomically.</summary>
    public static void Write(IReadOnlyList<string> vocab, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        AtomicFile.WriteAll([(path, ToBytes(vocab))]);
    }

    /// <summary>SHA-256 (lower-case hex) of the vocabulary exactly as <see cref="Write"/> stores it.</summary>
    public static string Sha256(IReadOnlyList<string> vocab) => Convert.ToHexStringLower(SHA256.HashData(ToBytes(vocab)));

    /// <summary>The file content: one token per line, "\n" endings, UTF-8 without BOM.</summary>
    internal static byte[] ToBytes(IReadOnlyList<string> vocab)
    {
        ArgumentNullException.ThrowIfNull(vocab);
        var text = new StringBuilder();
        for (var i = 0; i < vocab.Count; i++)
        {
            var token = vocab[i];
            if (string.IsNullOrEmpty(token) || token.Contains('\n', StringComparison.Ordinal) || token.Contains('\r', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Vocabulary entry {i} is empty or contains a line break.", nameof(vocab));
            }

            text.Append(token).Append('\n');
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static Dictionary<string, int> CountWords(IEnumerable<string> corpus)
    {
        var splitter = TextTokenizer.SpecialsOnly(lowerCase: true);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in corpus)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var word in splitter.PreTokenize(text))
            {
                if (IsClean(word))
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
        }

        return counts;
    }

    private static bool IsClean(string word)
    {
        foreach (var c in word)
        {
            if (char.IsSurrogate(c) || char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static List<(string Token, long Score)> CountCharacters(Dictionary<string, int> words)
    {
        var counts = new Dictionary<char, long>();
        foreach (var (word, count) in words)
        {
            foreach (var c in word)
            {
                counts[c] = counts.GetValueOrDefault(c) + count;
            }
        }

        var ranked = new List<(string, long)>(counts.Count);
        foreach (var (c, count) in counts)
        {
            ranked.Add((c.ToString(), count));
        }

        SortByScore(ranked);
        return ranked;
    }

    private static List<(string Token, long Score)> RankWholeWords(Dictionary<string, int> words, int minCount)
    {
        var ranked = new List<(string, long)>();
        foreach (var (word, count) in words)
        {
            if (word.Length > 1 && count >= minCount)
            {
                ranked.Add((word, count));
            }
        }

        SortByScore(ranked);
        return ranked;
    }

    /// <summary>Prefixes and ##suffixes of words not yet in the vocabulary, scored by occurrences × characters saved.</summary>
    private static List<(string Token, long Score)> RankPieces(Dictionary<string, int> words, HashSet<string> admitted, int minCount)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (word, count) in words)
        {
            if (admitted.Contains(word) || word.Length < 3)
            {
                continue;
            }

            var longest = Math.Min(LongestPiece, word.Length - 1);
            for (var length = 2; length <= longest; length++)
            {
                var prefix = word[..length];
                counts[prefix] = counts.GetValueOrDefault(prefix) + count;
                var suffix = Continuation + word[^length..];
                counts[suffix] = counts.GetValueOrDefault(suffix) + count;
            }
        }

        var ranked = new List<(string, long)>();
        foreach (var (piece, count) in counts)
        {
            if (count >= minCount && !admitted.Contains(piece))
            {
                var characters = piece.StartsWith(Continuation, StringComparison.Ordinal) ? piece.Length - 2 : piece.Length;
                ranked.Add((piece, count * (characters - 1)));
            }
        }

        SortByScore(ranked);
        return ranked;
    }

    private static int AdmitUpTo(List<(string Token, long Score)> ranked, int from, int limit, List<string> vocab, HashSet<string> seen)
    {
        var next = from;
        while (next < ranked.Count && vocab.Count < limit)
        {
            Admit(ranked[next].Token, vocab, seen);
            next++;
        }

        return next;
    }

    private static void Admit(string token, List<string> vocab, HashSet<string> seen)
    {
        if (seen.Add(token))
        {
            vocab.Add(token);
        }
    }

    private static void SortByScore(List<(string Token, long Score)> ranked) =>
        ranked.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Token, b.Token));
}
