using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Suites;

/// <summary>
/// Runs a <see cref="Suite"/> on a snapshot: each persona the suite names is ranked once through the snapshot's one
/// <see cref="Scorer"/> (as <see cref="Comparison.PersonaStrategyGrid"/> does: a profile per persona, then
/// <see cref="Scorer.Rank"/>) to the longest N its expectations ask for, and every expectation is checked on that list.
/// A persona that is not defined, or a strategy that is missing or invalid, fails the expectations it concerns with the reason.
/// </summary>
public static class SuiteRunner
{
    public static SuiteRunResult Run(ModelSnapshot snapshot, Suite suite, IReadOnlyList<Persona> personas, Strategy? strategy)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(personas);
        var byName = new Dictionary<string, Persona>(StringComparer.OrdinalIgnoreCase);
        foreach (var persona in personas) byName.TryAdd(persona.Name, persona);
        var depth = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var expectation in suite.Expectations)
        {
            if (!depth.TryGetValue(expectation.Persona, out int n)) order.Add(expectation.Persona);
            depth[expectation.Persona] = Math.Max(n, expectation.TopN);
        }
        var lists = new PersonaList[order.Count];
        Parallel.For(0, order.Count, p => lists[p] = Rank(snapshot, order[p], byName, strategy, suite.Strategy, depth[order[p]]));
        var listOf = lists.ToDictionary(l => l.Persona, StringComparer.OrdinalIgnoreCase);
        var results = new ExpectationResult[suite.Expectations.Count];
        for (int i = 0; i < results.Length; i++)
        {
            var expectation = suite.Expectations[i];
            var list = listOf[expectation.Persona];
            var check = list.Error is { } error ? new ExpectationCheck(false, error) : expectation.Check(list);
            results[i] = new ExpectationResult(i, expectation, expectation.Sentence, check.Held, check.Observed);
        }
        return new SuiteRunResult(suite.Name, suite.Strategy, strategy is null ? null : SuiteFingerprints.Of(strategy),
            snapshot.Fingerprint, SuiteFingerprints.Of(snapshot.Dataset.Items), results, lists);
    }

    private static PersonaList Rank(ModelSnapshot snapshot, string name, Dictionary<string, Persona> personas, Strategy? strategy, string strategyName, int k)
    {
        if (!personas.TryGetValue(name, out var persona)) return new PersonaList(name, [], $"There is no persona named '{name}' in this workspace.");
        if (strategy is null) return new PersonaList(persona.Name, [], $"There is no strategy named '{strategyName}'.");
        try
        {
            var result = snapshot.Scorer.Rank(snapshot.Profiles.Build(persona), strategy, k);
            var items = result.Items.Select(r => new SeenItem(r.Rank, r.Item.Id, r.Item.Title, r.Item.Department, r.Item.Brand, r.Item.Tags,
                r.Index < snapshot.ColdItems.Length && snapshot.ColdItems[r.Index])).ToList();
            return new PersonaList(persona.Name, items);
        }
        catch (ArgumentException ex)
        {
            return new PersonaList(persona.Name, [], ex.Message);
        }
    }
}
