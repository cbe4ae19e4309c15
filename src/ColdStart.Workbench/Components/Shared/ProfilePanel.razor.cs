using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Similarity;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Shared;

/// <summary>
/// The persona's profile under the live model: both vectors as heat strips (with their scale) and their nearest items,
/// departments and tags, the inputs that contributed, warnings, the encoder, the execution provider and the encode
/// time. The Personas page shows it open; each Compare column shows it collapsible, on the profile the column ranked
/// with. Rebuilt when the persona, the profile or the snapshot changes; the nearest lists only while open.
/// </summary>
public sealed partial class ProfilePanel
{
    [Parameter, EditorRequired] public Persona Persona { get; set; } = default!;

    /// <summary>The live model, or null while it is not ready.</summary>
    [Parameter] public ModelSnapshot? Snapshot { get; set; }

    /// <summary>
    /// The profile already built for <see cref="Persona"/> under <see cref="Snapshot"/> (Compare passes the one its column
    /// ranked with, so nothing is encoded twice), or null to build it here.
    /// </summary>
    [Parameter] public Profile? Profile { get; set; }

    /// <summary>Shown while <see cref="Snapshot"/> is null (the model's status).</summary>
    [Parameter] public string WaitingMessage { get; set; } = "";

    /// <summary>True: a "Profile" toggle opens and closes the details (closed at first); false: always open.</summary>
    [Parameter] public bool Collapsible { get; set; }

    private Persona? _builtFor;
    private Profile? _builtFrom;
    private ModelSnapshot? _builtWith;
    private Profile? _profile;
    private IReadOnlyList<VectorInsight> _insights = [];
    private Profile? _insightsOf;
    private string? _error;
    private bool _expanded;
    private (ModelSnapshot?, Profile?, string?, bool, string)? _shown;

    protected override void OnInitialized() => _expanded = !Collapsible;

    protected override void OnParametersSet() => Rebuild();

    /// <summary>Re-renders only when what it shows changed: a Compare re-rank on every slider move leaves it alone.</summary>
    protected override bool ShouldRender()
    {
        var shown = (Snapshot, _profile, _error, _expanded, WaitingMessage);
        if (_shown is { } before && before.Equals(shown)) return false;
        _shown = shown;
        return true;
    }

    private void Toggle()
    {
        _expanded = !_expanded;
        Rebuild();
    }

    private void Rebuild()
    {
        var snapshot = Snapshot;
        if (snapshot is null) return;
        if (!ReferenceEquals(_builtFor, Persona) || !ReferenceEquals(_builtFrom, Profile) || !ReferenceEquals(_builtWith, snapshot))
        {
            _builtFor = Persona;
            _builtFrom = Profile;
            _builtWith = snapshot;
            _insights = [];
            _insightsOf = null;
            try
            {
                _profile = Profile ?? snapshot.Profiles.Build(Persona);
                _error = null;
            }
            catch (ArgumentException ex)
            {
                _profile = null;
                _error = $"The profile of '{Persona.Name}' could not be built: {ex.Message}";
            }
        }
        if (!_expanded || _profile is null || ReferenceEquals(_insightsOf, _profile)) return;
        try
        {
            _insights =
            [
                ProfileInsight.Describe(snapshot.Catalog, _profile, SimilaritySpace.Semantic),
                ProfileInsight.Describe(snapshot.Catalog, _profile, SimilaritySpace.Collaborative),
            ];
            _insightsOf = _profile;
        }
        catch (ArgumentException ex)
        {
            _profile = null;
            _error = $"The profile of '{Persona.Name}' could not be described: {ex.Message}";
        }
    }
}
