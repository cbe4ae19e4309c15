using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Pages.Personas;

/// <summary>
/// The persona's profile under the live model: both vectors as heat strips with their nearest items, departments and
/// tags, the inputs that contributed, warnings, the execution provider and the encode time. Rebuilt when the persona
/// or the model changes.
/// </summary>
public sealed partial class ProfilePanel : IDisposable
{
    [Inject] private ModelHost Model { get; set; } = default!;

    [Parameter, EditorRequired] public Persona Persona { get; set; } = default!;

    private Persona? _builtFor;
    private ModelSnapshot? _builtWith;
    private Profile? _profile;
    private IReadOnlyList<VectorInsight> _insights = [];
    private string? _error;

    protected override void OnInitialized() => Model.Changed += OnModelChanged;

    protected override void OnParametersSet() => Rebuild();

    private void OnModelChanged() => _ = InvokeAsync(() =>
    {
        Rebuild();
        StateHasChanged();
    });

    private void Rebuild()
    {
        var snapshot = Model.Current;
        if (snapshot is null || (ReferenceEquals(_builtFor, Persona) && ReferenceEquals(_builtWith, snapshot))) return;
        _builtFor = Persona;
        _builtWith = snapshot;
        try
        {
            _profile = snapshot.Profiles.Build(Persona);
            var insight = new ProfileInsight(snapshot.Catalog.Items);
            _insights =
            [
                insight.Describe("semantic", _profile.Semantic, snapshot.Catalog.Semantic),
                insight.Describe("collaborative", _profile.Collaborative, snapshot.Catalog.Collaborative),
            ];
            _error = null;
        }
        catch (ArgumentException ex)
        {
            _profile = null;
            _error = $"The profile of '{Persona.Name}' could not be built: {ex.Message}";
        }
    }

    public void Dispose() => Model.Changed -= OnModelChanged;
}
