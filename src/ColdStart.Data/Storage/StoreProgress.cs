namespace ColdStart.Data.Storage;

/// <summary>Progress of a bulk write: rows written so far out of all rows (items, tags, users and events).</summary>
public readonly record struct StoreProgress(string Stage, long Done, long Total)
{
    /// <summary>Done / Total in [0, 1].</summary>
    public double Fraction => Total == 0 ? 1 : Math.Clamp((double)Done / Total, 0, 1);
}
