using System.Diagnostics;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Similarity;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Comparison;

/// <summary>
/// The persona × strategy grid: for every pair, the top-N list from the one <see cref="Scorer"/> summarised with the
/// figures the workbench's Compare shows for the same pair — overlap with the reference strategy's list
/// (<see cref="Metrics.Overlap"/>), intra-list diversity over semantic cosines (<see cref="Metrics.IntraListDiversity"/>),
/// the share of new items — and the rank of a chosen item. Each persona's profile is built once for its row.
/// </summary>
public static class PersonaStrategyGrid
{
    public static GridResult Compute(ModelSnapshot snapshot, GridRequest request)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.TopN, 1);
        var clock = Stopwatch.StartNew();
        var warnings = new List<string>();
        if (request.ItemId is { Length: > 0 } id && !snapshot.Catalog.ItemById.ContainsKey(id))
            warnings.Add($"There is no item '{id}' in the catalog: the item-rank column stays empty.");
        int rows = request.Personas.Count, columns = request.Strategies.Count;
        var cells = new GridCell[rows, columns];
        // Rows are independent (one profile each): rank them in parallel.
        Parallel.For(0, rows, r =>
        {
            var persona = request.Personas[r];
            var profile = snapshot.Profiles.Build(persona);
            var reference = TryRank(snapshot, profile, request.Reference, request.TopN);
            var referenceIds = reference.Result is { } list ? list.Items.Select(i => i.Item.Id).ToList() : null;
            for (int c = 0; c < columns; c++)
            {
                var strategy = request.Strategies[c];
                cells[r, c] = Cell(snapshot, profile, persona.Name, strategy, request, referenceIds, reference.Error);
            }
        });
        return new GridResult([.. request.Personas.Select(p => p.Name)], [.. request.Strategies.Select(s => s.Name)], cells, clock.Elapsed, warnings);
    }

    private static GridCell Cell(ModelSnapshot snapshot, Profile profile, string persona, Strategy strategy, GridRequest request,
        List<string>? referenceIds, string? referenceError)
    {
        var (result, error) = TryRank(snapshot, profile, strategy, request.TopN);
        if (result is null) return GridCell.Failed(persona, strategy.Name, error!);
        if (referenceIds is null) return GridCell.Failed(persona, strategy.Name, $"The reference strategy '{request.Reference.Name}' could not rank: {referenceError}");
        var ids = new List<string>(result.Items.Count);
        var indices = new List<int>(result.Items.Count);
        int fresh = 0;
        int? itemRank = null;
        foreach (var ranked in result.Items)
        {
            ids.Add(ranked.Item.Id);
            indices.Add(ranked.Index);
            if (snapshot.ColdItems.Length > ranked.Index && snapshot.ColdItems[ranked.Index]) fresh++;
            if (itemRank is null && request.ItemId is { } id && string.Equals(ranked.Item.Id, id, StringComparison.Ordinal)) itemRank = ranked.Rank;
        }
        double overlap = Metrics.Overlap(referenceIds, ids, Math.Max(referenceIds.Count, ids.Count));
        double diversity = Metrics.IntraListDiversity([.. indices], snapshot.Catalog.Semantic.Cosine);
        double share = ids.Count == 0 ? 0 : (double)fresh / ids.Count;
        return new GridCell(persona, strategy.Name, overlap, share, diversity, itemRank);
    }

    private static (RankResult? Result, string? Error) TryRank(ModelSnapshot snapshot, Profile profile, Strategy strategy, int topN)
    {
        try
        {
            return (snapshot.Scorer.Rank(profile, strategy, topN), null);
        }
        catch (ArgumentException ex)
        {
            return (null, ex.Message);
        }
    }
}
