namespace ColdStart.Workbench.Api;

/// <summary>Endpoint metadata: the least role (one of <c>Roles</c>) whose API keys may call it; without it, any role may.</summary>
public sealed record ApiRole(string Role);
