using System.Text.Json;

namespace ColdStart.Data.Mapping;

/// <summary>The one JSON dialect of the store's JSON columns (attributes, seed lists, rules, metrics).</summary>
public static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads <paramref name="json"/>; bad JSON becomes an <see cref="InvalidDataException"/> naming <paramref name="what"/>.</summary>
    public static T Deserialize<T>(string json, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new InvalidDataException($"{what} is JSON null; expected a value of type {typeof(T).Name}.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{what} is not valid JSON for {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    public static IReadOnlyDictionary<string, string> ReadAttributes(string json, string what) =>
        Deserialize<Dictionary<string, string>>(json, what);

    public static IReadOnlyList<string> ReadStrings(string json, string what) =>
        Deserialize<List<string>>(json, what);
}
