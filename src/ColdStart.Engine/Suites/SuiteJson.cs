using System.Text.Json;
using System.Text.Json.Serialization;

namespace ColdStart.Engine.Suites;

/// <summary>
/// A suite as a JSON document (export and import): <c>{"name", "strategy", "expectations": [{"kind", "persona", "topN", …}]}</c>
/// with the kinds of <see cref="Expectation.Kinds"/>. Import reads strictly — unknown fields, missing fields and values
/// out of range are refused — and reports every problem at once, each naming its field.
/// </summary>
public static class SuiteJson
{
    private static readonly JsonSerializerOptions Write = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly JsonSerializerOptions Read = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Export(Suite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        return JsonSerializer.Serialize(suite, Write);
    }

    /// <summary>Reads and validates a suite.</summary>
    /// <exception cref="SuiteFormatException">Bad JSON, a wrong field, or invalid values; every problem is listed.</exception>
    public static Suite Import(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new SuiteFormatException($"line {(ex.LineNumber ?? 0) + 1}: not valid JSON ({Short(ex.Message)}).", ex);
        }
        using (document)
        {
            var errors = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new SuiteFormatException("The suite must be a JSON object with name, strategy and expectations.");
            string? name = Text(root, "name", errors);
            string? strategy = Text(root, "strategy", errors);
            var expectations = new List<Expectation>();
            foreach (var property in root.EnumerateObject())
                if (property.Name is not ("name" or "strategy" or "expectations"))
                    errors.Add($"{property.Name}: unknown field; a suite has name, strategy and expectations.");
            if (!root.TryGetProperty("expectations", out var list)) errors.Add("expectations: a list is required.");
            else if (list.ValueKind != JsonValueKind.Array) errors.Add("expectations: must be a list.");
            else
            {
                int i = 0;
                foreach (var element in list.EnumerateArray())
                {
                    if (ReadExpectation(element, $"expectations[{i}]", errors) is { } expectation)
                    {
                        var problems = expectation.Validate().Select(e => $"expectations[{i}].{e}").ToList();
                        if (problems.Count == 0) expectations.Add(expectation);
                        errors.AddRange(problems);
                    }
                    i++;
                }
            }
            if (name is not null && name.Length > Suite.MaxNameLength) errors.Add($"name: at most {Suite.MaxNameLength} characters (got {name.Length}).");
            if (errors.Count > 0) throw new SuiteFormatException(errors);
            return new Suite(name!.Trim(), strategy!.Trim(), expectations);
        }
    }

    private static string? Text(JsonElement root, string field, List<string> errors)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"{field}: a non-empty text is required.");
            return null;
        }
        return value.GetString();
    }

    private static Expectation? ReadExpectation(JsonElement element, string path, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: must be an object with a kind.");
            return null;
        }
        if (!element.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}.kind: required; one of {string.Join(", ", Expectation.Kinds)}.");
            return null;
        }
        if (!Expectation.Kinds.Contains(kind.GetString()))
        {
            errors.Add($"{path}.kind: unknown kind '{kind.GetString()}'; use one of {string.Join(", ", Expectation.Kinds)}.");
            return null;
        }
        try
        {
            return element.Deserialize<Expectation>(Read);
        }
        catch (JsonException ex)
        {
            string field = ex.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? "." + p[2..] : "";
            errors.Add($"{path}{field}: {Short(ex.Message)}");
            return null;
        }
    }

    /// <summary>The library's message without its trailing "Path: … | LineNumber: …" part.</summary>
    private static string Short(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
