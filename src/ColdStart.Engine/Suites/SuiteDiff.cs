namespace ColdStart.Engine.Suites;

/// <summary>
/// Compares two runs of a suite. Expectations are matched by their sentence (so an edited expectation reads as one
/// removed and one added); lists by persona name, over the items both runs ranked (the shorter depth bounds what
/// "left" means, so a list that simply got longer does not report items as entered).
/// </summary>
public static class SuiteDiff
{
    public static SuiteRunDiff Compare(SuiteRunResult before, SuiteRunResult after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new SuiteRunDiff(Flipped(before, after), Lists(before, after));
    }

    private static List<FlippedExpectation> Flipped(SuiteRunResult before, SuiteRunResult after)
    {
        var earlier = before.Results.GroupBy(r => r.Sentence, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var later = after.Results.GroupBy(r => r.Sentence, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var flipped = new List<FlippedExpectation>();
        foreach (var result in after.Results)
        {
            if (!later.Remove(result.Sentence)) continue; // a repeated sentence: its first occurrence speaks
            earlier.Remove(result.Sentence, out var old);
            if (old is null) flipped.Add(new(result.Sentence, null, result.Held, null, result.Observed));
            else if (old.Held != result.Held) flipped.Add(new(result.Sentence, old.Held, result.Held, old.Observed, result.Observed));
        }
        foreach (var old in before.Results)
            if (earlier.Remove(old.Sentence)) flipped.Add(new(old.Sentence, old.Held, null, old.Observed, null));
        return flipped;
    }

    private static List<PersonaListChange> Lists(SuiteRunResult before, SuiteRunResult after)
    {
        var earlier = before.Lists.GroupBy(l => l.Persona, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var changes = new List<PersonaListChange>();
        foreach (var list in after.Lists)
        {
            if (!earlier.TryGetValue(list.Persona, out var old)) continue;
            // A failed list is empty: every item of the other run entered or left. Otherwise compare to the shorter depth.
            bool failed = old.Error is not null || list.Error is not null;
            int depth = failed ? int.MaxValue : Math.Min(old.Items.Count, list.Items.Count);
            var was = old.Top(depth).ToDictionary(i => i.ItemId, StringComparer.Ordinal);
            var now = list.Top(depth).ToDictionary(i => i.ItemId, StringComparer.Ordinal);
            var entered = now.Values.Where(i => !was.ContainsKey(i.ItemId)).OrderBy(i => i.Rank).Select(i => new ListEntry(i.ItemId, i.Title, i.Rank)).ToList();
            var left = was.Values.Where(i => !now.ContainsKey(i.ItemId)).OrderBy(i => i.Rank).Select(i => new ListEntry(i.ItemId, i.Title, i.Rank)).ToList();
            var moved = now.Values.Where(i => was.TryGetValue(i.ItemId, out var w) && w.Rank != i.Rank).OrderBy(i => i.Rank)
                .Select(i => new ListMove(i.ItemId, i.Title, was[i.ItemId].Rank, i.Rank)).ToList();
            changes.Add(new PersonaListChange(list.Persona, entered, left, moved));
        }
        return changes;
    }
}
