using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Similarity;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Pages.Personas;

/// <summary>
/// The persona's profile under the live model: both vectors as heat strips with their nearest items, departments and
/// tags, the inputs that contributed, warnings, the execution provider and the encode time. Rebuilt when the persona
/// or the snapshot changes.
/// </summary>
public sealed partial class ProfilePanel
{
    [Parameter, EditorRequired] public Persona Persona { get; set; } = default!;

    /// <summary>The live model, or null while it is not ready.</summary>
    [Parameter] public ModelSnapshot? Snapshot { get; set; }

    /// <summary>Shown while <see cref="Snapshot"/> is null (the model's status).</summary>
    [Parameter] public string WaitingMessage { get; set; } = "";

    private Persona? _builtFor;
    private ModelSnapshot? _builtWith;
    private Profile? _profile;
    private IReadOnlyList<VectorInsight> _insights = [];
    private string? _error;

    protected override void OnParametersSet() => Rebuild();

    private void Rebuild()
    {
        var snapshot = Snapshot;
        if (snapshot is null || (ReferenceEquals(_builtFor, Persona) && ReferenceEquals(_builtWith, snapshot))) return;
        _builtFor = Persona;
        _builtWith = snapshot;
        try
        {
            _profile = snapshot.Profiles.Build(Persona);
            _insights =
            [
                ProfileInsight.Describe(snapshot.Catalog, _profile, SimilaritySpace.Semantic),
                ProfileInsight.Describe(snapshot.Catalog, _profile, SimilaritySpace.Collaborative),
            ];
            _error = null;
        }
        catch (ArgumentException ex)
        {
            _profile = null;
            _error = $"The profile of '{Persona.Name}' could not be built: {ex.Message}";
        }
    }
}
