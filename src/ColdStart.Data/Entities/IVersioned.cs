namespace ColdStart.Data.Entities;

/// <summary>
/// An entity edited in the UI under optimistic concurrency: <see cref="Version"/> is a concurrency token that
/// <see cref="WorkbenchDbContext"/> increments on every update, together with <see cref="UpdatedAt"/>.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
    DateTime UpdatedAt { get; set; }
}
