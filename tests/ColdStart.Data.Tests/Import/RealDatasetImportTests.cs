using System.Diagnostics;
using ColdStart.Data.Import;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;
using Xunit.Abstractions;

namespace ColdStart.Data.Tests.Import;

public sealed class RealDatasetImportTests(ITestOutputHelper output)
{
    private const string MlLatestSmall = "ml-latest-small";

    [DatasetFact(MlLatestSmall)]
    public void Ml_latest_small_imports_whole()
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
        for (var i = 1; i < data.Events.Count; i++) Assert.True(data.Events[i - 1].Timestamp <= data.Events[i].Timestamp);

        var toyStory = data.Items[0];
        Assert.Equal(("1", "Toy Story (1995)", new DateOnly(1995, 1, 1)), (toyStory.Id, toyStory.Title, toyStory.LaunchDate));
        Assert.Contains("pixar", toyStory.Tags);
        Assert.InRange(data.Events.Count(e => e.Type == EventType.Purchase), 40_000, 60_000); // about half the ratings are ≥ 4
    }

    [DatasetFact(MlLatestSmall)]
    public void Ml_latest_small_quirky_titles_come_out_whole()
    {
        var data = DatasetImporter.ImportMovieLensLatest(DatasetFactAttribute.Locate(MlLatestSmall)!, ImportOptions.Default);
        var byId = data.Items.ToDictionary(i => i.Id);

        // The files have CRLF line ends; titles may be quoted (commas, doubled quotes), end in a space, or lack a year.
        Assert.Equal("Mis\u00e9rables, Les (1995)", byId["73"].Title);
        Assert.Equal("11'09\"01 - September 11 (2002)", byId["7789"].Title);
        Assert.Equal(("From Dusk Till Dawn 2: Texas Blood Money (1999)", new DateOnly(1999, 1, 1)), (byId["27008"].Title, byId["27008"].LaunchDate));
        Assert.Equal(("Babylon 5", new DateOnly(1970, 1, 1)), (byId["40697"].Title, byId["40697"].LaunchDate));
        Assert.Equal("unknown", byId["114335"].Department); // (no genres listed)
        Assert.DoesNotContain(data.Items, i => i.Title.Contains('\uFFFD', StringComparison.Ordinal) || i.Title != i.Title.Trim());
    }

    [DatasetFact(MlLatestSmall)]
    public void Ml_latest_small_splits_into_leak_free_new_user_folds()
    {
        var data = DatasetImporter.ImportMovieLensLatest(DatasetFactAttribute.Locate(MlLatestSmall)!, ImportOptions.Default);
        var clock = Stopwatch.StartNew();
        var split = NewUserSplit.Create(data);
        var revealed = new[] { 0, 1, 3, 5 }.ToDictionary(k => k, k => split.Folds.Sum(f => f.TestUsers.Count(u => f.Reveal(u, k) is not null)));
        clock.Stop();
        output.WriteLine($"{split.EligibleUsers.Count} eligible users; test cases per k: {string.Join(", ", revealed.Select(p => $"k={p.Key}: {p.Value}"))}; {clock.ElapsedMilliseconds} ms");

        Assert.InRange(split.EligibleUsers.Count, 600, 610); // every user rated 20+ movies; nearly all rated 2+ at 4 stars or more
        Assert.All(split.Folds, f => Assert.DoesNotContain(f.TrainingEvents, e => f.IsTestUser(e.User)));
        Assert.Equal(data.Events.Count * (split.Folds.Count - 1), split.Folds.Sum(f => f.TrainingEvents.Count) - IneligibleEvents(data, split));
        Assert.True(revealed[5] > 0.9 * split.EligibleUsers.Count, $"k=5 kept {revealed[5]} users");
    }

    /// <summary>Events of users in no fold appear in every fold's training set: count the surplus over (folds − 1) copies.</summary>
    private static int IneligibleEvents(Dataset data, NewUserSplit split)
    {
        var eligible = split.EligibleUsers.ToHashSet();
        return data.Events.Count(e => !eligible.Contains(e.User));
    }
}
