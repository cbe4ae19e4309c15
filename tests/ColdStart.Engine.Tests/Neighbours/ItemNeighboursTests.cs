using ColdStart.Engine.Domain;
using ColdStart.Engine.Lexical;
using ColdStart.Engine.Neighbours;

namespace ColdStart.Engine.Tests.Neighbours;

public class ItemNeighboursTests
{
    // Users → items: u0 {0, 1}, u1 {0, 1, 2}, u2 {1, 2}, u3 {3}. U(0) = {0, 1}, U(1) = {0, 1, 2}, U(2) = {1, 2}, U(3) = {3}.
    private static readonly Incidence Pairs = new(4, 5, [(0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (2, 1), (2, 2), (3, 3)]);

    [Fact]
    public void Shrunk_cosine_matches_hand_computed_values()
    {
        var model = ItemNeighbours.Build(Pairs, new NeighbourOptions(Neighbours: 10, Shrink: 1f));
        // sim(0,1) = |{u0,u1}| / (√(2·3) + 1); sim(0,2) = |{u1}| / (√(2·2) + 1); sim(1,2) = |{u1,u2}| / (√(3·2) + 1).
        Assert.Equal(2 / (MathF.Sqrt(6) + 1), model.Similarity(0, 1), 5);
        Assert.Equal(1 / (2f + 1), model.Similarity(0, 2), 5);
        Assert.Equal(2 / (MathF.Sqrt(6) + 1), model.Similarity(2, 1), 5);
        Assert.Equal(0f, model.Similarity(0, 3));
        Assert.Equal(0f, model.Similarity(0, 0)); // an item is not its own neighbour
        Assert.Empty(model.NeighboursOf(4).Items.ToArray()); // no users
    }

    [Fact]
    public void Only_the_top_n_neighbours_are_kept_most_similar_first()
    {
        var model = ItemNeighbours.Build(Pairs, new NeighbourOptions(Neighbours: 1, Shrink: 0f));
        var (items, sims) = model.NeighboursOf(0);
        Assert.Equal([1], items.ToArray());
        Assert.Equal(2 / MathF.Sqrt(6), sims.Span[0], 5);
        Assert.Equal(0f, model.Similarity(0, 2)); // cut
        Assert.Equal(5, model.Items);
    }

    [Fact]
    public void Fold_in_sums_the_similarities_of_distinct_seeds()
    {
        var model = ItemNeighbours.Build(Pairs, new NeighbourOptions(Neighbours: 10, Shrink: 0f));
        var scores = model.Score([0, 2, 2, 99]); // duplicate and out-of-catalog seeds are ignored
        Assert.Equal(2 / MathF.Sqrt(6) + 2 / MathF.Sqrt(6), scores[1], 5); // sim(0,1) + sim(2,1)
        Assert.Equal(0.5f, scores[2], 5); // sim(0,2); an item is not its own neighbour
        Assert.Equal(0.5f, scores[0], 5); // sim(2,0)
        Assert.Equal(0f, scores[3]);
        Assert.Equal(0, model.StrongestSeed([0, 2], 2));
        Assert.Equal(-1, model.StrongestSeed([3], 0));
    }

    [Fact]
    public void Rp3beta_matches_hand_computed_values()
    {
        // W(a,b) = Σ over common users u of (1/|U(a)| · 1/|I(u)|)^α / |U(b)|^β with α = 1, β = 0.5.
        var model = ItemNeighbours.Build(Pairs, new NeighbourOptions(Neighbours: 10, Method: NeighbourMethod.Rp3Beta, Alpha: 1f, Beta: 0.5f));
        float expected01 = (1f / 2 * 1f / 2 + 1f / 2 * 1f / 3) / MathF.Sqrt(3); // via u0 (2 items) and u1 (3 items)
        Assert.Equal(expected01, model.Similarity(0, 1), 5);
        float expected10 = (1f / 3 * 1f / 2 + 1f / 3 * 1f / 3) / MathF.Sqrt(2);
        Assert.Equal(expected10, model.Similarity(1, 0), 5);
    }

    [Fact]
    public void Bad_options_are_refused_with_every_problem()
    {
        var error = Assert.Throws<ArgumentException>(() => ItemNeighbours.Build(
            new ColdStart.Engine.Domain.Dataset("d", [], [], []), new NeighbourOptions(Neighbours: 0, Shrink: -1)));
        Assert.Contains("Neighbours must be at least 1", error.Message);
        Assert.Contains("Shrink must be", error.Message);
    }

    [Fact]
    public void Ease_matches_a_direct_solve_of_the_closed_form()
    {
        // 70 items with interactions (more than one 64-row panel of the blocked solve) and one without.
        var random = new Random(5);
        var pairs = new List<(int, int)>();
        for (int u = 0; u < 120; u++)
            for (int j = 0; j < 6; j++) pairs.Add((u, random.Next(70)));
        var incidence = new Incidence(120, 71, pairs);
        const float lambda = 3f;
        var model = ItemNeighbours.Build(incidence, new NeighbourOptions(Neighbours: 100, Method: NeighbourMethod.Ease, Lambda: lambda));

        // Direct: G = XᵀX + λI in double, P = G⁻¹ by Gauss–Jordan, B = I − P·diag(1/diag P).
        int n = 70;
        var g = new double[n, n];
        for (int u = 0; u < 120; u++)
            foreach (int a in incidence.ItemsOf(u))
                foreach (int b in incidence.ItemsOf(u)) g[a, b]++;
        for (int i = 0; i < n; i++) g[i, i] += lambda;
        var p = Invert(g, n);
        int compared = 0;
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
            {
                if (a == b) continue;
                double expected = -p[a, b] / p[b, b];
                if (expected > 0) { Assert.Equal(expected, model.Similarity(a, b), 4); compared++; }
                else Assert.Equal(0f, model.Similarity(a, b)); // only positive weights are kept as neighbours
            }
        Assert.True(compared > 500, $"only {compared} positive weights compared");
        Assert.Empty(model.NeighboursOf(70).Items.ToArray()); // an item without interactions has no row
        Assert.Equal(0f, model.Similarity(3, 3)); // zero diagonal
    }

    [Fact]
    public void Ease_with_item_text_matches_a_direct_solve_with_the_tf_idf_gram_added()
    {
        // 30 items named from 8 words; 60 users buy 4 each; item 29 is never bought.
        string[] words = ["stapler", "paper", "toner", "pen", "ink", "folder", "desk", "lamp"];
        var random = new Random(11);
        var items = Enumerable.Range(0, 30).Select(i => new Item($"I{i}", $"{words[i % 8]} {words[(i * 3 + 1) % 8]}", "", "D", "T", "D > T",
            $"Brand{i % 4}", 1f, new DateOnly(2024, 1, 1), [])).ToList();
        var users = Enumerable.Range(0, 60).Select(u => new User($"U{u}", new Dictionary<string, string>())).ToList();
        var events = new List<Event>();
        for (int u = 0; u < 60; u++)
            for (int j = 0; j < 4; j++) events.Add(new Event(u, random.Next(29), EventType.Purchase, 1_000 + u * 10 + j));
        var data = new Dataset("text", items, users, events);
        const float lambda = 2f, content = 3f;
        var model = ItemNeighbours.Build(data, new NeighbourOptions(Neighbours: 100, Method: NeighbourMethod.Ease, Lambda: lambda, Content: content));

        var incidence = Incidence.From(data, positivesOnly: true);
        var lexical = LexicalIndex.Build(items);
        var active = Enumerable.Range(0, 30).Where(i => incidence.UsersOf(i).Length > 0).ToArray();
        int n = active.Length;
        var g = new double[n, n];
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
            {
                int common = 0;
                foreach (int u in incidence.UsersOf(active[a])) if (incidence.ItemsOf(u).Contains(active[b])) common++;
                g[a, b] = common + content * lexical.Similarity(active[a], active[b]) + (a == b ? lambda : 0);
            }
        var p = Invert(g, n);
        int compared = 0;
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
            {
                if (a == b) continue;
                double expected = -p[a, b] / p[b, b];
                if (expected > 1e-6) { Assert.Equal(expected, model.Similarity(active[a], active[b]), 4); compared++; }
            }
        Assert.True(compared > 100, $"only {compared} positive weights compared");
        Assert.Contains("item text weight 3", model.Options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Item_text_in_the_gram_needs_ease_and_the_items()
    {
        var cosine = new NeighbourOptions(Content: 1f);
        Assert.Contains(cosine.Validate(), e => e.Contains("applies to EASE only", StringComparison.Ordinal));
        var ease = new NeighbourOptions(Method: NeighbourMethod.Ease, Content: 1f);
        var error = Assert.Throws<ArgumentException>(() => ItemNeighbours.Build(new Incidence(2, 2, [(0, 0), (0, 1)]), ease));
        Assert.Contains("needs the items", error.Message, StringComparison.Ordinal);
        Assert.Contains(new NeighbourOptions(Method: NeighbourMethod.Ease, Content: -1f).Validate(), e => e.Contains("Content must be", StringComparison.Ordinal));
    }

    [Fact]
    public void Ease_refuses_an_invalid_ridge()
    {
        var error = Assert.Throws<ArgumentException>(() => ItemNeighbours.Build(
            new ColdStart.Engine.Domain.Dataset("d", [], [], []), new NeighbourOptions(Method: NeighbourMethod.Ease, Lambda: 0)));
        Assert.Contains("Lambda must be", error.Message);
    }

    private static double[,] Invert(double[,] source, int n)
    {
        var a = (double[,])source.Clone();
        var inverse = new double[n, n];
        for (int i = 0; i < n; i++) inverse[i, i] = 1;
        for (int k = 0; k < n; k++)
        {
            double pivot = a[k, k];
            for (int j = 0; j < n; j++) { a[k, j] /= pivot; inverse[k, j] /= pivot; }
            for (int i = 0; i < n; i++)
            {
                if (i == k) continue;
                double f = a[i, k];
                for (int j = 0; j < n; j++) { a[i, j] -= f * a[k, j]; inverse[i, j] -= f * inverse[k, j]; }
            }
        }
        return inverse;
    }
}
