namespace ColdStart.Engine.Suites;

/// <summary>An item in both lists at different ranks.</summary>
public sealed record ListMove(string ItemId, string Title, int From, int To);
