using ColdStart.Engine.Domain;

namespace ColdStart.Data.Storage;

/// <summary>Headline numbers of a workspace, read from the store for the home page.</summary>
/// <param name="Workspace">Workspace name.</param>
/// <param name="Items">Number of items.</param>
/// <param name="NewItems">Items with no events (new-item cold start).</param>
/// <param name="Departments">Number of distinct departments.</param>
/// <param name="Users">Number of historical users.</param>
/// <param name="Events">Number of events of all types.</param>
/// <param name="Personas">Number of stored personas.</param>
/// <param name="EventsByType">One entry per <see cref="EventType"/>, in enum order, zero where none.</param>
/// <param name="TopDepartments">Departments with the most item events, most first (ties by name).</param>
/// <param name="FirstEvent">UTC time of the earliest event, null when there are none.</param>
/// <param name="LastEvent">UTC time of the latest event, null when there are none.</param>
public sealed record WorkspaceStatistics(
    string Workspace,
    int Items,
    int NewItems,
    int Departments,
    int Users,
    int Events,
    int Personas,
    IReadOnlyList<EventTypeCount> EventsByType,
    IReadOnlyList<DepartmentCount> TopDepartments,
    DateTime? FirstEvent,
    DateTime? LastEvent)
{
    /// <summary>Share of items that are new (no events), in [0, 1].</summary>
    public double NewItemShare => Items == 0 ? 0 : (double)NewItems / Items;
}

/// <summary>Number of events of one type.</summary>
public sealed record EventTypeCount(EventType Type, int Events);

/// <summary>Number of item events on one department's items.</summary>
public sealed record DepartmentCount(string Department, int Events);
