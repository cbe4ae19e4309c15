namespace ColdStart.Workbench.Api;

/// <summary>
/// The scoring API's settings, section "Api" of appsettings.json (validated on start).
/// </summary>
/// <remarks>
/// Defaults: 300 requests per 1-second window per client, pages of at most 100 items. Keys belong to accounts (created
/// on the Users page), not to this section.
/// </remarks>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>The request header that carries a key.</summary>
    public const string KeyHeader = "X-Api-Key";

    /// <summary>The most results one recommendation request may ask for.</summary>
    public const int MaxK = 100;

    /// <summary>Requests one client (its key, else its address) may make per window.</summary>
    public int PermitLimit { get; set; } = 300;

    /// <summary>Length of the fixed rate-limit window in seconds.</summary>
    public int WindowSeconds { get; set; } = 1;

    /// <summary>Largest <c>pageSize</c> of a paged list.</summary>
    public int MaxPageSize { get; set; } = 100;
}
