using ColdStart.Engine.Suites;

namespace ColdStart.Data.Stores;

/// <summary>What a suite run stores besides the engine's result: why it ran and which stored strategy version it used.</summary>
/// <param name="Trigger">manual, cli, strategy, persona, tags, model or workspace (see <see cref="SuiteTriggers"/>).</param>
/// <param name="TriggerDetail">The change in words.</param>
/// <param name="StrategyVersion">The stored strategy's row version, or null for a preset or a missing strategy.</param>
/// <param name="Result">The engine's result.</param>
public sealed record SuiteRunRecord(string Trigger, string TriggerDetail, int? StrategyVersion, SuiteRunResult Result);
