using System.Diagnostics;
using ColdStart.Data.Import;
using ColdStart.Engine.Domain;
using Xunit.Abstractions;

namespace ColdStart.Workbench.Tests.Import;

public sealed class RealDatasetImportTests(ITestOutputHelper output)
{
    private const string MlLatestSmall = "ml-latest-small";

    [DatasetFact(MlLatestSmall)]
    public void Ml_latest_small_imports_whole_and_fast()
    {
        var folder = DatasetFactAttribute.Locate(MlLatestSmall)!;
        Assert.Equal("ml-latest", DatasetImporter.DetectFormat(folder));

        var clock = Stopwatch.StartNew();
        var data = DatasetImporter.ImportMovieLensLatest(folder, ImportOptions.Default);
        clock.Stop();
        output.WriteLine($"Imported {data.Items.Count} items, {data.Users.Count} users, {data.Events.Count} events in {clock.ElapsedMilliseconds} ms");

        // Counts from the dataset's README: 100,836 ratings and 3,683 tags across 9,742 movies by 610 users.
        Assert.Equal(9742, data.Items.Count);
        Assert.Equal(610, data.Users.Count);
        Assert.Equal(100836, data.Events.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"import took {clock.Elapsed}");
        for (var i = 1; i < data.Events.Count; i++) Assert.True(data.Events[i - 1].Timestamp <= data.Events[i].Timestamp);

        var toyStory = data.Items[0];
        Assert.Equal(("1", "Toy Story (1995)", new DateOnly(1995, 1, 1)), (toyStory.Id, toyStory.Title, toyStory.LaunchDate));
        Assert.Contains("pixar", toyStory.Tags);
        Assert.InRange(data.Events.Count(e => e.Type == EventType.Purchase), 40_000, 60_000); // about half the ratings are ≥ 4
    }
}
