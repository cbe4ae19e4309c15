using System.Diagnostics;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Comparison;

/// <summary>
/// What a tag edit would do, before it is saved. The candidate model is derived from the live snapshot the same way a
/// saved edit is (<see cref="ModelSnapshot.WithItem"/>: the item's text re-encoded, a new item's collaborative row
/// re-predicted from it, the TF-IDF index and the tag table rebuilt; nothing retrained), and the live snapshot is left
/// untouched. Every persona is ranked on both snapshots through the one <see cref="Scorer"/> (profiles built on each,
/// since a seed item's tags feed a profile's terms), and the lists are compared (<see cref="ListDiff"/>); the item's
/// nearest items come from <see cref="Nearest"/> in the semantic space.
/// </summary>
public static class TagEditPreview
{
    /// <exception cref="ArgumentException">The item is not in the catalog, or N or the neighbour count is below 1.</exception>
    public static TagEditImpact Compute(ModelSnapshot live, TagEditRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(request);
        if (request.TopN < 1) throw new ArgumentException($"N must be at least 1 (got {request.TopN}).", nameof(request));
        if (request.Neighbours < 1) throw new ArgumentException($"The number of neighbours must be at least 1 (got {request.Neighbours}).", nameof(request));
        if (!live.Catalog.ItemById.TryGetValue(request.ItemId, out int index))
            throw new ArgumentException($"There is no item '{request.ItemId}' in the catalog.", nameof(request));
        var clock = Stopwatch.StartNew();
        var before = live.Catalog.Items[index];
        var after = before with { Tags = [.. request.Tags] };
        var candidate = live.WithItem(after);
        ct.ThrowIfCancellationRequested();

        var personas = new PersonaImpact[request.Personas.Count];
        var lists = new (IReadOnlyList<RankedItem> Before, IReadOnlyList<RankedItem> After)?[personas.Length];
        Parallel.For(0, personas.Length, new ParallelOptions { CancellationToken = ct }, p =>
        {
            var persona = request.Personas[p];
            try
            {
                var old = live.Scorer.Rank(live.Profiles.Build(persona), request.Strategy, request.TopN).Items;
                var now = candidate.Scorer.Rank(candidate.Profiles.Build(persona), request.Strategy, request.TopN).Items;
                lists[p] = (old, now);
                personas[p] = Impact(persona.Name, old, now, index, live.ColdItems);
            }
            catch (ArgumentException ex)
            {
                personas[p] = PersonaImpact.Failed(persona.Name, ex.Message);
            }
        });
        var neighbours = Neighbours(live, candidate, index, request.Neighbours);
        return new TagEditImpact(live, candidate, before, after, request.Strategy.Name, request.TopN, personas, neighbours,
            Exposure(lists, index, live.ColdItems), clock.Elapsed);
    }

    private static PersonaImpact Impact(string name, IReadOnlyList<RankedItem> before, IReadOnlyList<RankedItem> after, int item, bool[] cold) =>
        new(name, ListDiff.Of(Items(before), Items(after)), RankOf(before, item), RankOf(after, item),
            CountNew(before, cold), CountNew(after, cold), after.Count);

    private static ExposureImpact Exposure((IReadOnlyList<RankedItem> Before, IReadOnlyList<RankedItem> After)?[] lists, int item, bool[] cold)
    {
        int slotsBefore = 0, slotsAfter = 0, newBefore = 0, newAfter = 0, withBefore = 0, withAfter = 0;
        foreach (var pair in lists)
        {
            if (pair is not { } ranked) continue;
            var (old, now) = ranked;
            slotsBefore += old.Count;
            slotsAfter += now.Count;
            newBefore += CountNew(old, cold);
            newAfter += CountNew(now, cold);
            if (RankOf(old, item) is not null) withBefore++;
            if (RankOf(now, item) is not null) withAfter++;
        }
        return new ExposureImpact(slotsBefore, slotsAfter, newBefore, newAfter, withBefore, withAfter);
    }

    private static NeighbourImpact Neighbours(ModelSnapshot live, ModelSnapshot candidate, int index, int k)
    {
        var before = NearestOf(live, index, k);
        var after = NearestOf(candidate, index, k);
        var catalogBefore = live.Catalog.Items;
        var catalogAfter = candidate.Catalog.Items;
        var change = ListDiff.Of([.. before.Select(n => catalogBefore[n.Index])], [.. after.Select(n => catalogAfter[n.Index])]);
        return new NeighbourImpact(
            [.. before.Select(n => new ItemNeighbour(catalogBefore[n.Index].Id, catalogBefore[n.Index].Title, n.Score))],
            [.. after.Select(n => new ItemNeighbour(catalogAfter[n.Index].Id, catalogAfter[n.Index].Title, n.Score))],
            change);
    }

    /// <summary>The <paramref name="k"/> nearest other items of <paramref name="index"/> by semantic cosine.</summary>
    private static List<Neighbour> NearestOf(ModelSnapshot snapshot, int index, int k)
    {
        var catalog = snapshot.Catalog;
        var found = Nearest.Items(catalog, catalog.Semantic.Row(index), SimilaritySpace.Semantic, k + 1);
        var others = new List<Neighbour>(k);
        foreach (var n in found)
            if (n.Index != index && others.Count < k) others.Add(n);
        return others;
    }

    private static Item[] Items(IReadOnlyList<RankedItem> list)
    {
        var items = new Item[list.Count];
        for (int r = 0; r < items.Length; r++) items[r] = list[r].Item;
        return items;
    }

    private static int? RankOf(IReadOnlyList<RankedItem> list, int item)
    {
        foreach (var ranked in list)
            if (ranked.Index == item) return ranked.Rank;
        return null;
    }

    private static int CountNew(IReadOnlyList<RankedItem> list, bool[] cold)
    {
        int n = 0;
        foreach (var ranked in list)
            if (ranked.Index < cold.Length && cold[ranked.Index]) n++;
        return n;
    }
}
