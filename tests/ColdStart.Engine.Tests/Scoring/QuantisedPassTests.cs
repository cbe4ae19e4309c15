using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Tests.Scoring;

/// <summary>The 8-bit first pass over large catalogs must return exactly the top k of a plain float scan.</summary>
public sealed class QuantisedPassTests
{
    private const int Dimension = 64;
    private static readonly Lazy<CatalogIndex> Catalog = new(() => CreateCatalog(ScoringPass.QuantisedFrom + 7_000, seed: 5));

    public static TheoryData<string, float, float, float, float, int> Cases => new()
    {
        { "collaborative only", 1, 0, 0, 0, 50 },
        { "semantic only", 0, 1, 0, 0, 50 },
        { "blend", 0.4f, 0.3f, 0.2f, 0.1f, 50 },
        { "blend, long list", 0.5f, 0.5f, 0.1f, 0, 400 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_bounded_pass_returns_the_exact_top_k(string name, float wc, float ws, float wp, float wf, int k)
    {
        var catalog = Catalog.Value;
        var rules = ResolvedRules.Resolve([new TagRule("outdoor", 0.8f), new TagRule("red", -1.5f), new PriceFilter(20, 400)], catalog);
        var pass = ScoringPass.Create(catalog, Profile(9), new BlendWeights(wc, ws, wp, wf), rules);
        Assert.True(pass.UsesQuantisedRows, name);

        var top = pass.Top(k, out int passed);

        var (expected, expectedPassed) = BruteForce(catalog, pass, rules, k);
        Assert.Equal(expectedPassed, passed);
        Assert.Equal(expected.Select(e => e.Index), top.Select(t => t.Index));
        for (int r = 0; r < k; r++) Assert.Equal(expected[r].Score, top[r].Score, 1e-4f);
    }

    [Fact]
    public void Small_catalogs_and_prior_only_strategies_use_the_float_scan()
    {
        var small = CreateCatalog(1_000, seed: 2);
        var rules = ResolvedRules.Resolve([], small);
        Assert.False(ScoringPass.Create(small, Profile(1), new BlendWeights(1, 1, 0, 0), rules).UsesQuantisedRows);
        var large = Catalog.Value;
        Assert.False(ScoringPass.Create(large, Profile(1), new BlendWeights(0, 0, 1, 1), ResolvedRules.Resolve([], large)).UsesQuantisedRows);
    }

    private static ((float Score, int Index)[] Top, int Passed) BruteForce(CatalogIndex catalog, ScoringPass pass, ResolvedRules rules, int k)
    {
        var all = new List<(float Score, int Index)>();
        for (int i = 0; i < catalog.Count; i++)
        {
            if (!rules.Passes(catalog, i)) continue;
            var (parts, newItem) = pass.Components(i);
            all.Add((parts.Sum() + newItem + (rules.Boost?[i] ?? 0), i));
        }
        all.Sort(TopK.Compare);
        return ([.. all.Take(k)], all.Count);
    }

    private static Profile Profile(int seed)
    {
        var random = new Random(seed);
        return new Profile("Probe", Rows(random, 1), Rows(random, 1), [], new HashSet<string>(StringComparer.Ordinal), []);
    }

    private static CatalogIndex CreateCatalog(int count, int seed)
    {
        var random = new Random(seed);
        string[][] tags = [["outdoor", "tent"], ["red", "dress"], ["kitchen"], ["outdoor", "red"]];
        var items = new Item[count];
        for (int i = 0; i < count; i++)
            items[i] = new Item($"I-{i}", "Item", "", $"D{i % 5}", "Type", "Path", "Brand", 5 + 495 * random.NextSingle(), new DateOnly(2026, 1, 1), tags[i % tags.Length]);
        var popularity = new float[count];
        var freshness = new float[count];
        for (int i = 0; i < count; i++) (popularity[i], freshness[i]) = (random.NextSingle() * 100, random.NextSingle());
        return CatalogIndex.Create(items, VectorSpace.Create(Rows(random, count), Dimension), VectorSpace.Create(Rows(random, count), Dimension), popularity, freshness);
    }

    private static float[] Rows(Random random, int count)
    {
        var rows = new float[count * Dimension];
        for (int i = 0; i < rows.Length; i++) rows[i] = (float)(random.NextDouble() * 2 - 1);
        return rows;
    }
}
