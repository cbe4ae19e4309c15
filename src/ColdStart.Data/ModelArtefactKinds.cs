namespace ColdStart.Data;

/// <summary>Values of <see cref="Entities.ModelArtefactEntity.Kind"/>.</summary>
public static class ModelArtefactKinds
{
    public const string Collaborative = "collaborative";
    public const string Encoder = "encoder";
}
