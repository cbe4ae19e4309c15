using ColdStart.Data.Stores;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Suites;

/// <summary>
/// Names what changed between two live snapshots: another workspace, a rebuilt model (new fingerprint), or items
/// replaced in place (a tag edit, with the tags added and removed), or null when the snapshot is the same.
/// </summary>
public static class ModelChanges
{
    public static SuiteChange? Between(ModelSnapshot? before, string? beforeWorkspace, ModelSnapshot? after, string afterWorkspace)
    {
        if (after is null || ReferenceEquals(before, after)) return null;
        if (before is null) return new(SuiteTriggers.Model, afterWorkspace, $"Model built for workspace '{afterWorkspace}' (fingerprint {Short(after.Fingerprint)})");
        if (!string.Equals(beforeWorkspace, afterWorkspace, StringComparison.Ordinal))
            return new(SuiteTriggers.Workspace, afterWorkspace, $"Workspace '{afterWorkspace}' opened (was '{beforeWorkspace}')");
        if (!string.Equals(before.Fingerprint, after.Fingerprint, StringComparison.Ordinal) || before.Dataset.Items.Count != after.Dataset.Items.Count)
            return new(SuiteTriggers.Model, afterWorkspace, $"Model rebuilt (fingerprint {Short(before.Fingerprint)} → {Short(after.Fingerprint)})");
        var edits = new List<string>();
        var (old, now) = (before.Dataset.Items, after.Dataset.Items);
        for (int i = 0; i < now.Count; i++)
        {
            if (ReferenceEquals(old[i], now[i])) continue;
            var added = now[i].Tags.Except(old[i].Tags, StringComparer.Ordinal).Select(t => "+" + t);
            var removed = old[i].Tags.Except(now[i].Tags, StringComparer.Ordinal).Select(t => "−" + t);
            var tags = string.Join(' ', added.Concat(removed));
            edits.Add(tags.Length > 0 ? $"{now[i].Id} ({tags})" : now[i].Id);
        }
        return edits.Count > 0
            ? new(SuiteTriggers.Tags, afterWorkspace, $"Tags of {string.Join(", ", edits)} edited")
            : new(SuiteTriggers.Model, afterWorkspace, $"Model rebuilt (fingerprint {Short(after.Fingerprint)})");
    }

    private static string Short(string fingerprint) => fingerprint.Length > 12 ? fingerprint[..12] : fingerprint;
}
