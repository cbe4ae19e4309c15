using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;

namespace ColdStart.Workbench.Personas;

/// <summary>The editable state of the persona form; converts to and from the engine's <see cref="Persona"/>.</summary>
public sealed class PersonaDraft
{
    private readonly Dictionary<string, string> _attributes = new(StringComparer.Ordinal);

    public string Name { get; set; } = "";
    public string Note { get; set; } = "";
    public string Interests { get; set; } = "";
    public float? BudgetMin { get; set; }
    public float? BudgetMax { get; set; }
    public List<string> SeedItemIds { get; } = [];
    public List<string> SeedSearches { get; } = [];

    /// <summary>Value of attribute <paramref name="key"/>, or null when unset.</summary>
    public string? Attribute(string key) => _attributes.GetValueOrDefault(key);

    /// <summary>Sets (or with null/empty clears) attribute <paramref name="key"/>.</summary>
    public void SetAttribute(string key, string? value)
    {
        if (string.IsNullOrEmpty(value)) _attributes.Remove(key);
        else _attributes[key] = value;
    }

    public Persona ToPersona() => new(
        Name.Trim(),
        new Dictionary<string, string>(_attributes, StringComparer.Ordinal),
        Interests,
        [.. SeedItemIds],
        [.. SeedSearches],
        BudgetMin,
        BudgetMax);

    /// <summary>Field → message for every invalid field (the store also checks that the name is unique).</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>(PersonaValidator.Validate(ToPersona()), StringComparer.Ordinal);
        if (Note.Length > PersonaStore.MaxNoteLength)
            errors[PersonaStore.NoteField] = $"Note must be at most {PersonaStore.MaxNoteLength} characters (now {Note.Length}).";
        return errors;
    }

    public static PersonaDraft From(StoredPersona stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var persona = stored.Persona;
        var draft = new PersonaDraft
        {
            Name = persona.Name,
            Note = stored.Note,
            Interests = persona.Interests,
            BudgetMin = persona.BudgetMin,
            BudgetMax = persona.BudgetMax,
        };
        foreach (var (key, value) in persona.Attributes) draft._attributes[key] = value;
        draft.SeedItemIds.AddRange(persona.SeedItemIds);
        draft.SeedSearches.AddRange(persona.SeedSearches);
        return draft;
    }
}
