namespace ColdStart.Data.Entities;

/// <summary>One run of a suite: what triggered it, the versions it ran on, and every expectation's result with the lists it saw.</summary>
public sealed class SuiteRunEntity
{
    public int Id { get; set; }
    public int SuiteId { get; set; }
    public SuiteEntity? Suite { get; set; }

    /// <summary>UTC time of the run.</summary>
    public DateTime RanAt { get; set; }

    /// <summary>What kind of change triggered it: manual, cli, strategy, persona, tags, model, workspace.</summary>
    public required string Trigger { get; set; }

    /// <summary>The change in words, e.g. "Tags of SKU-00042 edited (+clearance)".</summary>
    public string TriggerDetail { get; set; } = "";

    /// <summary>The version of the suite that ran.</summary>
    public int SuiteVersion { get; set; }

    public string ModelFingerprint { get; set; } = "";

    /// <summary>Hash of the catalog's ids and tags (a tag edit changes it while the model fingerprint stays).</summary>
    public string CatalogFingerprint { get; set; } = "";

    public string StrategyName { get; set; } = "";

    /// <summary>The stored strategy's row version, or null for a built-in preset or a missing strategy.</summary>
    public int? StrategyVersion { get; set; }

    /// <summary>Hash of the strategy's settings, or null when the strategy was missing.</summary>
    public string? StrategyFingerprint { get; set; }

    public int Held { get; set; }
    public int Failed { get; set; }

    /// <summary>The engine's SuiteRunResult as JSON (results and lists).</summary>
    public string ResultJson { get; set; } = "{}";
}
