using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Api;

/// <summary>Turns <see cref="RuleRequest"/>s into engine rules, naming the field of every problem (<c>rules[2].strength</c>).</summary>
public static class RuleRequests
{
    public const int MaxRules = 50;

    public static List<Rule> ToRules(IReadOnlyList<RuleRequest> requests, CatalogIndex catalog, int k, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(errors);
        var rules = new List<Rule>(requests.Count);
        if (requests.Count > MaxRules)
        {
            errors["rules"] = [$"At most {MaxRules} rules (now {requests.Count})."];
            return rules;
        }
        for (int i = 0; i < requests.Count; i++)
        {
            if (requests[i] is not { } request) errors[$"rules[{i}]"] = ["A rule must not be null."];
            else if (ToRule(request, $"rules[{i}]", catalog, k, errors) is { } rule) rules.Add(rule);
        }
        return rules;
    }

    private static Rule? ToRule(RuleRequest r, string field, CatalogIndex catalog, int k, Dictionary<string, string[]> errors)
    {
        int before = errors.Count;
        Rule? rule = r.Kind?.Trim().ToLowerInvariant() switch
        {
            "tag" => Tag(r, field, errors),
            "department" => Department(r, field, errors),
            "price" => Price(r, field, errors),
            "exclude-seen" => new ExcludeSeenRule(),
            "pin" => Pin(r, field, catalog, k, errors),
            _ => Fail<Rule>(errors, field + ".kind", $"Unknown rule kind '{r.Kind}'; use tag, department, price, exclude-seen or pin."),
        };
        return errors.Count == before ? rule : null;
    }

    private static TagRule? Tag(RuleRequest r, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(r.Tag)) Fail<Rule>(errors, field + ".tag", "A tag rule needs a tag.");
        if (r.Strength is not { } strength || !float.IsFinite(strength))
            Fail<Rule>(errors, field + ".strength", "A tag rule needs a finite strength (positive boosts, negative buries).");
        return new TagRule(r.Tag?.Trim() ?? "", r.Strength ?? 0);
    }

    private static DepartmentFilter? Department(RuleRequest r, string field, Dictionary<string, string[]> errors)
    {
        if (r.Departments is not { Count: > 0 } departments || departments.Any(string.IsNullOrWhiteSpace))
            return Fail<DepartmentFilter>(errors, field + ".departments", "A department rule needs one or more non-empty department names.");
        return new DepartmentFilter([.. departments.Select(d => d.Trim())], r.Exclude);
    }

    private static PriceFilter? Price(RuleRequest r, string field, Dictionary<string, string[]> errors)
    {
        if (r.Min is null && r.Max is null) return Fail<PriceFilter>(errors, field + ".min", "A price rule needs min, max or both.");
        if (r.Min is { } min && (min < 0 || !float.IsFinite(min))) Fail<Rule>(errors, field + ".min", $"min must be a number ≥ 0 (got {min}).");
        if (r.Max is { } max && (max < 0 || !float.IsFinite(max))) Fail<Rule>(errors, field + ".max", $"max must be a number ≥ 0 (got {max}).");
        else if (r.Min is { } lo && r.Max is { } hi && lo > hi) Fail<Rule>(errors, field + ".max", $"max ({hi}) must not be below min ({lo}).");
        return new PriceFilter(r.Min, r.Max);
    }

    private static PinRule? Pin(RuleRequest r, string field, CatalogIndex catalog, int k, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(r.ItemId)) Fail<Rule>(errors, field + ".itemId", "A pin rule needs an itemId.");
        else if (!catalog.ItemById.ContainsKey(r.ItemId.Trim())) Fail<Rule>(errors, field + ".itemId", $"Item '{r.ItemId}' is not in the catalog.");
        if (r.Position is not { } position || position < 1 || position > k)
            Fail<Rule>(errors, field + ".position", $"A pin rule needs a position between 1 and k ({k}).");
        return new PinRule(r.ItemId?.Trim() ?? "", r.Position ?? 1);
    }

    private static T? Fail<T>(Dictionary<string, string[]> errors, string field, string message) where T : Rule
    {
        errors[field] = [message];
        return null;
    }
}
