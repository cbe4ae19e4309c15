using ColdStart.Data.Entities;
using ColdStart.Engine.Domain;

namespace ColdStart.Data.Mapping;

/// <summary>Converts between the engine's <see cref="Persona"/> and <see cref="PersonaEntity"/>.</summary>
public static class PersonaMapping
{
    public static Persona ToPersona(this PersonaEntity entity)
    {
        var what = $"Persona '{entity.Name}' (id {entity.Id})";
        return new Persona(
            entity.Name,
            StoreJson.ReadAttributes(entity.AttributesJson, $"{what} attributes"),
            entity.Interests,
            StoreJson.ReadStrings(entity.SeedItemIdsJson, $"{what} seed items"),
            StoreJson.ReadStrings(entity.SeedSearchesJson, $"{what} seed searches"),
            entity.BudgetMin,
            entity.BudgetMax);
    }

    /// <summary>A new row for <paramref name="persona"/> in workspace <paramref name="workspaceId"/>.</summary>
    public static PersonaEntity ToEntity(this Persona persona, int workspaceId, string note = "")
    {
        var entity = new PersonaEntity { Name = persona.Name, WorkspaceId = workspaceId, Note = note };
        persona.CopyTo(entity);
        return entity;
    }

    /// <summary>Overwrites the persona fields of <paramref name="entity"/> (not its id, workspace, note or version).</summary>
    public static void CopyTo(this Persona persona, PersonaEntity entity)
    {
        entity.Name = persona.Name;
        entity.AttributesJson = StoreJson.Serialize(persona.Attributes);
        entity.Interests = persona.Interests;
        entity.BudgetMin = persona.BudgetMin;
        entity.BudgetMax = persona.BudgetMax;
        entity.SeedItemIdsJson = StoreJson.Serialize(persona.SeedItemIds);
        entity.SeedSearchesJson = StoreJson.Serialize(persona.SeedSearches);
    }
}
