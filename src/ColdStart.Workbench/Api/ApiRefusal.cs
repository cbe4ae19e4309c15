namespace ColdStart.Workbench.Api;

/// <summary>Why a request is refused before it reaches an endpoint.</summary>
public sealed record ApiRefusal(int Status, string Title, string Detail);
