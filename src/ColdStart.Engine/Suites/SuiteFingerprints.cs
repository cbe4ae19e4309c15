using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Suites;

/// <summary>Short content hashes that tell two suite runs' inputs apart: the strategy's settings and the catalog's texts.</summary>
public static class SuiteFingerprints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>12 hex digits of SHA-256 over the strategy as JSON (weights, schedule, new-item policy, λ, rules).</summary>
    public static string Of(Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return Hash(JsonSerializer.Serialize(strategy, Json));
    }

    /// <summary>12 hex digits of SHA-256 over every item's id and tags, in catalog order (a tag edit changes it).</summary>
    public static string Of(IReadOnlyList<Item> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var text = new StringBuilder();
        foreach (var item in items) text.Append(item.Id).Append('\u001f').AppendJoin(',', item.Tags).Append('\u001e');
        return Hash(text.ToString());
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
