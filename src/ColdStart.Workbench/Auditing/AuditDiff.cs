using System.Globalization;
using System.Text.Json;

namespace ColdStart.Workbench.Auditing;

/// <summary>One field of an audit entry's subject that differs: its dotted path and its values before and after (null when absent).</summary>
public sealed record AuditFieldChange(string Field, string? Before, string? After);

/// <summary>
/// A readable diff of an audit entry's before/after JSON: objects are compared field by field (nested objects as dotted
/// paths, e.g. <c>persona.attributes.age</c>), a list of plain values reads as one comma-separated value.
/// </summary>
public static class AuditDiff
{
    /// <summary>The fields whose values differ, in the order they first appear (before, then after).</summary>
    public static IReadOnlyList<AuditFieldChange> Compare(string? before, string? after)
    {
        var old = Flatten(before);
        var @new = Flatten(after);
        var fields = old.Keys.Concat(@new.Keys.Where(k => !old.ContainsKey(k))).ToList();
        var changes = new List<AuditFieldChange>();
        foreach (var field in fields)
        {
            old.TryGetValue(field, out var a);
            @new.TryGetValue(field, out var b);
            if (!string.Equals(a, b, StringComparison.Ordinal)) changes.Add(new AuditFieldChange(field, a, b));
        }
        return changes;
    }

    private static Dictionary<string, string> Flatten(string? json)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json)) return values;
        using var document = JsonDocument.Parse(json);
        Flatten(document.RootElement, "", values);
        return values;
    }

    private static void Flatten(JsonElement element, string path, Dictionary<string, string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Flatten(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", values);
                break;
            case JsonValueKind.Array when element.EnumerateArray().All(e => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)):
                values[Name(path)] = string.Join(", ", element.EnumerateArray().Select(Text));
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray()) Flatten(item, $"{path}[{i++}]", values);
                break;
            default:
                values[Name(path)] = Text(element);
                break;
        }
    }

    private static string Name(string path) => path.Length == 0 ? "value" : path;

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? "",
        JsonValueKind.Null => "(none)",
        JsonValueKind.Number => element.TryGetDouble(out var d) ? d.ToString("G", CultureInfo.InvariantCulture) : element.GetRawText(),
        _ => element.GetRawText(),
    };
}
