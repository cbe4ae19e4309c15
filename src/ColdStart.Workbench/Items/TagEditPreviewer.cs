using ColdStart.Data.Stores;
using ColdStart.Engine.Comparison;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;

namespace ColdStart.Workbench.Items;

/// <summary>
/// Previews a tag edit on the live model without committing it (<see cref="TagEditPreview"/>): the workspace's personas
/// from <see cref="PersonaSource"/>, a strategy the pages offer (<see cref="StrategyChoices"/>), the tags normalised as
/// the store will keep them (<see cref="ItemTagRules"/>). The work runs off the caller's thread. Saving the result with
/// <see cref="ItemTagEditor.SaveAsync(string, TagEditImpact, IReadOnlyList{string}?, CancellationToken)"/> commits exactly what was previewed.
/// </summary>
public sealed class TagEditPreviewer(ILiveModel model, PersonaSource personas, StrategyStore strategies)
{
    /// <summary>Nearest items compared before and after the edit.</summary>
    public const int Neighbours = 10;

    /// <summary>The strategies a preview may rank with: the stored ones, else the presets.</summary>
    public async Task<IReadOnlyList<Strategy>> StrategiesAsync(CancellationToken cancellationToken = default) =>
        StrategyChoices.Of(await strategies.ListAsync(cancellationToken));

    /// <exception cref="InvalidOperationException">No model is loaded yet, or the workspace has no personas.</exception>
    /// <exception cref="ArgumentException">A tag breaks the tag rules (named), or the item is not in the live catalog.</exception>
    public async Task<TagEditImpact> PreviewAsync(string itemId, IReadOnlyList<string> tags, Strategy strategy, int topN,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var normal = ItemTagRules.NormaliseAll(tags);
        var snapshot = model.Current ?? throw new InvalidOperationException("The model is not loaded yet; preview again when it is ready.");
        var list = await personas.ForWorkspaceAsync(model.Workspace, cancellationToken);
        if (list.Count == 0) throw new InvalidOperationException(PersonaSource.NoPersonasMessage(model.Workspace));
        var request = new TagEditRequest(itemId, normal, list, strategy, topN, Neighbours);
        return await Task.Run(() => TagEditPreview.Compute(snapshot, request, cancellationToken), cancellationToken);
    }
}
