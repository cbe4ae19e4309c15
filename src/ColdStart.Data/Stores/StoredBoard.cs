namespace ColdStart.Data.Stores;

/// <summary>A saved board as read from the store, with its row id and workspace.</summary>
public sealed record StoredBoard(int Id, string Workspace, SavedBoard Board, DateTime UpdatedAt);
