using ColdStart.Engine.Suites;

namespace ColdStart.Data.Stores;

/// <summary>A stored suite run with the engine's full result (every expectation, every list seen).</summary>
public sealed record StoredSuiteRun(SuiteRunSummary Summary, SuiteRunResult Result);
