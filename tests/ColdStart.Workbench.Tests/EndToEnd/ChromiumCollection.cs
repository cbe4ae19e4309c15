namespace ColdStart.Workbench.Tests.EndToEnd;

/// <summary>The end-to-end tests share one app over the default sample world and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumWorkbench>
{
    public const string Name = "Workbench in Chromium";
}
