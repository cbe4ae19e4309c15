using ColdStart.Engine.Domain;
using ColdStart.Engine.Lexical;

namespace ColdStart.Engine.Neighbours;

/// <summary>
/// The item-to-item collaborative model: for every item its top-N neighbours by shrunk cosine of the items' user sets,
/// sim(a, b) = |U(a) ∩ U(b)| / (√(|U(a)| |U(b)|) + shrink) (Sarwar et al. 2001; shrinkage after Bell &amp; Koren 2007),
/// or by RP3beta's three-step random walk a → user → b with the target's popularity discounted (Paudel et al. 2017),
/// or by EASE's closed-form item weights (Steck 2019, up to <see cref="NeighbourOptions.EaseMaxItems"/> items), stored sparsely (CSR: N neighbours per item, 8 bytes each). A visitor's revealed items fold in at query time at no
/// training cost: score(j) = Σ over seeds s of sim(s, j). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Training counts co-occurrences per item with one dense accumulator per thread, Σ over users of |items(u)|²
/// operations. Memory is items × N × 8 bytes: 40 MB at 100k items and 400 MB at 1M items with N = 50 (use N = 20 there).
/// </remarks>
public sealed class ItemNeighbours
{
    private readonly int[] _start;
    private readonly int[] _neighbour;
    private readonly float[] _similarity;

    private ItemNeighbours(int items, int[] start, int[] neighbour, float[] similarity, NeighbourOptions options, int users)
    {
        Items = items;
        _start = start;
        _neighbour = neighbour;
        _similarity = similarity;
        Options = options;
        Users = users;
    }

    /// <summary>Number of items.</summary>
    public int Items { get; }

    /// <summary>Users whose interactions the model was built from.</summary>
    public int Users { get; }

    public NeighbourOptions Options { get; }

    /// <summary>Stored (item, neighbour) pairs.</summary>
    public int Pairs => _neighbour.Length;

    /// <summary>Bytes held by the neighbour lists.</summary>
    public long Bytes => (long)_start.Length * 4 + (long)_neighbour.Length * 8;

    /// <summary>The neighbours of <paramref name="item"/>, most similar first, with their similarities.</summary>
    public (ReadOnlyMemory<int> Items, ReadOnlyMemory<float> Similarities) NeighboursOf(int item)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)item, (uint)Items, nameof(item));
        int from = _start[item], to = _start[item + 1];
        return (_neighbour.AsMemory(from, to - from), _similarity.AsMemory(from, to - from));
    }

    /// <summary>The same neighbours with other query-time settings (<see cref="NeighbourOptions.RecencyDecay"/>); the build settings must match.</summary>
    public ItemNeighbours WithOptions(NeighbourOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options with { RecencyDecay = Options.RecencyDecay } != Options)
            throw new ArgumentException("Only query-time settings (recency decay) can change without rebuilding the neighbours.", nameof(options));
        return new ItemNeighbours(Items, _start, _neighbour, _similarity, options, Users);
    }

    /// <summary>sim(<paramref name="a"/>, <paramref name="b"/>) when b is among a's neighbours, else 0.</summary>
    public float Similarity(int a, int b)
    {
        var (items, sims) = NeighboursOf(a);
        var list = items.Span;
        for (int i = 0; i < list.Length; i++)
            if (list[i] == b) return sims.Span[i];
        return 0f;
    }

    /// <summary>Per item, Σ over the distinct <paramref name="seeds"/> of sim(seed, item); seeds outside the catalog are ignored.</summary>
    public float[] Score(IReadOnlyList<int> seeds)
    {
        var scores = new float[Items];
        AddScores(seeds, scores);
        return scores;
    }

    /// <summary>
    /// Adds the fold-in of <paramref name="seeds"/> (oldest first, most recent last) into <paramref name="scores"/>; with
    /// a recency decay d below 1 the i-th most recent distinct seed counts dⁱ.
    /// </summary>
    /// <returns>The items whose score became non-zero, each once (the scores must start at zero for that to hold).</returns>
    public List<int> AddScores(IReadOnlyList<int> seeds, Span<float> scores)
    {
        var touched = new List<int>();
        float weight = 1f;
        for (int k = seeds.Count - 1; k >= 0; k--)
        {
            int s = seeds[k];
            if ((uint)s >= (uint)Items || LastIndexOf(seeds, s) > k) continue;
            for (int p = _start[s]; p < _start[s + 1]; p++)
            {
                int j = _neighbour[p];
                if (scores[j] == 0) touched.Add(j);
                scores[j] += weight * _similarity[p];
            }
            weight *= Options.RecencyDecay;
        }
        return touched;
    }

    /// <summary>The seed that contributes most to <paramref name="item"/>'s score, or -1.</summary>
    public int StrongestSeed(IReadOnlyList<int> seeds, int item)
    {
        int best = -1;
        float bestSim = 0;
        foreach (int s in seeds)
        {
            if ((uint)s >= (uint)Items) continue;
            float sim = Similarity(s, item);
            if (sim > bestSim) (best, bestSim) = (s, sim);
        }
        return best;
    }

    private static int LastIndexOf(IReadOnlyList<int> list, int value)
    {
        for (int i = list.Count - 1; i >= 0; i--) if (list[i] == value) return i;
        return -1;
    }

    /// <summary>Builds the model from <paramref name="data"/>'s item events (positive ones, unless the options say otherwise or there are none).</summary>
    public static ItemNeighbours Build(Dataset data, NeighbourOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid neighbour options: " + string.Join(" ", errors), nameof(options));
        var incidence = Incidence.From(data, options.PositivesOnly);
        return options.Method == NeighbourMethod.Ease && options.Content > 0
            ? BuildEase(incidence, options, LexicalIndex.Build(data.Items), ct)
            : Build(incidence, options, ct);
    }

    /// <summary>Builds the model from a binary user × item incidence.</summary>
    /// <exception cref="ArgumentException">
    /// EASE was asked for more than <see cref="NeighbourOptions.EaseMaxItems"/> items with interactions, or with item text
    /// (<see cref="NeighbourOptions.Content"/>), which an incidence does not carry.
    /// </exception>
    public static ItemNeighbours Build(Incidence incidence, NeighbourOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(incidence);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Content > 0)
            throw new ArgumentException("EASE with item text (Content > 0) needs the items: build from the dataset.", nameof(options));
        if (options.Method == NeighbourMethod.Ease) return BuildEase(incidence, options, null, ct);
        int n = incidence.Items;
        var rows = new (int[] Items, float[] Sims)[n];
        var degree = new int[n];
        for (int i = 0; i < n; i++) degree[i] = incidence.UsersOf(i).Length;
        var parallel = new ParallelOptions { CancellationToken = ct };
        var userWeight = new float[incidence.Users];
        for (int u = 0; u < userWeight.Length; u++)
        {
            int d = incidence.ItemsOf(u).Length;
            userWeight[u] = options.Method == NeighbourMethod.Rp3Beta && d > 0 ? MathF.Pow(1f / d, options.Alpha) : 1f;
        }
        Parallel.For(0, n, parallel, () => (Counts: new float[n], Touched: new List<int>()), (a, _, local) =>
        {
            rows[a] = Row(a, incidence, degree, userWeight, options, local.Counts, local.Touched);
            return local;
        }, _ => { });
        return FromRows(rows, options, incidence.Users);
    }

    /// <summary>
    /// EASE over the items that have interactions: the dense Gram matrix of co-occurrence counts (plus, with
    /// <paramref name="text"/>, <see cref="NeighbourOptions.Content"/> × the TF-IDF cosine of each pair), B from its
    /// closed form (<see cref="Ease"/>), and the top N positive weights of each row kept as that item's neighbours.
    /// </summary>
    private static ItemNeighbours BuildEase(Incidence incidence, NeighbourOptions options, LexicalIndex? text, CancellationToken ct)
    {
        int n = incidence.Items;
        var active = Enumerable.Range(0, n).Where(i => incidence.UsersOf(i).Length > 0).ToArray();
        int m = active.Length;
        if (m > NeighbourOptions.EaseMaxItems)
            throw new ArgumentException($"EASE solves a dense {m:N0} × {m:N0} system here; it is limited to {NeighbourOptions.EaseMaxItems:N0} items with interactions. Use cosine or RP3beta neighbours.", nameof(options));
        var slot = new int[n];
        Array.Fill(slot, -1);
        for (int a = 0; a < m; a++) slot[active[a]] = a;
        var gram = new float[(long)m * m];
        Parallel.For(0, m, new ParallelOptions { CancellationToken = ct }, a =>
        {
            var row = gram.AsSpan(a * m, m);
            foreach (int u in incidence.UsersOf(active[a]))
                foreach (int b in incidence.ItemsOf(u)) row[slot[b]] += 1f;
            if (text is null) return;
            var cosines = text.Score([active[a]], null);
            for (int b = 0; b < m; b++) row[b] += options.Content * cosines[active[b]];
        });
        var weights = Ease.Weights(gram, m, options.Lambda, ct);
        var rows = new (int[] Items, float[] Sims)[n];
        Array.Fill(rows, ([], []));
        Parallel.For(0, m, new ParallelOptions { CancellationToken = ct }, a =>
        {
            var row = weights.AsSpan(a * m, m);
            var top = new List<(float Sim, int Item)>();
            for (int b = 0; b < m; b++)
                if (row[b] > 0f) top.Add((row[b], active[b]));
            top.Sort((x, y) => x.Sim != y.Sim ? y.Sim.CompareTo(x.Sim) : x.Item.CompareTo(y.Item));
            int keep = Math.Min(options.Neighbours, top.Count);
            var items = new int[keep];
            var sims = new float[keep];
            for (int i = 0; i < keep; i++) (sims[i], items[i]) = top[i];
            rows[active[a]] = (items, sims);
        });
        return FromRows(rows, options, incidence.Users);
    }

    private static ItemNeighbours FromRows((int[] Items, float[] Sims)[] rows, NeighbourOptions options, int users)
    {
        int n = rows.Length;
        var start = new int[n + 1];
        for (int i = 0; i < n; i++) start[i + 1] = start[i] + rows[i].Items.Length;
        var neighbour = new int[start[n]];
        var similarity = new float[start[n]];
        for (int i = 0; i < n; i++)
        {
            rows[i].Items.CopyTo(neighbour, start[i]);
            rows[i].Sims.CopyTo(similarity, start[i]);
        }
        return new ItemNeighbours(n, start, neighbour, similarity, options, users);
    }

    private static (int[] Items, float[] Sims) Row(int a, Incidence incidence, int[] degree, float[] userWeight, NeighbourOptions options,
        float[] counts, List<int> touched)
    {
        var users = incidence.UsersOf(a);
        if (users.IsEmpty) return ([], []);
        foreach (int u in users)
        {
            float w = userWeight[u];
            foreach (int b in incidence.ItemsOf(u))
            {
                if (b == a) continue;
                if (counts[b] == 0) touched.Add(b);
                counts[b] += w;
            }
        }
        var top = new List<(float Sim, int Item)>(touched.Count);
        bool rp3 = options.Method == NeighbourMethod.Rp3Beta;
        float fromA = rp3 ? MathF.Pow(1f / degree[a], options.Alpha) : 0f;
        foreach (int b in touched)
        {
            float sim = rp3
                ? counts[b] * fromA / MathF.Pow(degree[b], options.Beta)
                : (float)(counts[b] / (Math.Sqrt((double)degree[a] * degree[b]) + options.Shrink));
            top.Add((sim, b));
            counts[b] = 0;
        }
        touched.Clear();
        top.Sort((x, y) => x.Sim != y.Sim ? y.Sim.CompareTo(x.Sim) : x.Item.CompareTo(y.Item));
        int keep = Math.Min(options.Neighbours, top.Count);
        var items = new int[keep];
        var sims = new float[keep];
        for (int i = 0; i < keep; i++) (sims[i], items[i]) = top[i];
        return (items, sims);
    }
}
