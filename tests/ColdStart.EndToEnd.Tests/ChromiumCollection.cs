namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// The end-to-end tests that share one app over the default sample world and one Chromium. They run one after another,
/// and after the parallel unit tests (DisableParallelization), so a browser test never competes with other tests for
/// the machine's cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumWorkbench>
{
    public const string Name = "Workbench in Chromium";
}

/// <summary>Browser tests with their own app (not the shared default world), also run alone after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserAloneCollection
{
    public const string Name = "Browser test with its own app";
}
