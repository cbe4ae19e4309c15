namespace ColdStart.Data.Stores;

/// <summary>A Compare layout kept under a name: its columns left to right, Top N, compact cards and the edited strategy.</summary>
public sealed record SavedBoard(string Name, IReadOnlyList<BoardColumn> Columns, int TopN, bool Compact = false, string? Editing = null);
