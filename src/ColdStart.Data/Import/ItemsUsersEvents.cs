using ColdStart.Engine.Domain;

namespace ColdStart.Data.Import;

/// <summary>
/// The shape of a format whose files hold items, users and events separately: each is read against one report (so
/// every file's problems are reported together, by line) and one id registry per kind; nothing is returned when any
/// row failed.
/// </summary>
internal static class ItemsUsersEvents
{
    public delegate List<Item> ItemReader(ImportReport report, IdRegistry itemIds);

    public delegate List<User> UserReader(ImportReport report, IdRegistry userIds);

    public delegate List<Event> EventReader(ImportReport report, IdRegistry itemIds, IdRegistry userIds);

    /// <exception cref="ImportException">Any file or row was invalid (the message lists them by file and line).</exception>
    public static Dataset Read(string name, ItemReader items, UserReader users, EventReader events)
    {
        var report = new ImportReport();
        var itemIds = new IdRegistry();
        var userIds = new IdRegistry();
        var itemList = items(report, itemIds);
        var userList = users(report, userIds);
        var eventList = events(report, itemIds, userIds);
        report.ThrowIfAny();
        return new Dataset(name, itemList, userList, EventOrder.ByTime(eventList));
    }
}
