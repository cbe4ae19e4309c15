using ColdStart.Data.Stores;
using ColdStart.Engine.Neighbours;
using ColdStart.Engine.Training;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Datasets;

namespace ColdStart.Workbench.Tests.Modeling;

/// <summary>The live model of a workspace whose Auto strategy was tuned uses the tuned popularity half-life and neighbours.</summary>
public sealed class TunedModelHostTests : IDisposable
{
    private readonly DatasetsFixture _fixture = new();
    private readonly List<ModelHost> _hosts = [];

    private StrategyStore Strategies => new(_fixture.Contexts);

    [Fact]
    public async Task A_workspace_with_a_stored_tuning_record_is_built_with_its_half_life_and_neighbours()
    {
        await _fixture.PrepareAsync();
        var record = TunedStrategies.Tuning("sample");
        await Strategies.SaveTunedAsync(TunedStrategies.Tuned, record);

        var (host, live) = await StartAsync();

        Assert.Equal(180f, live.Current!.Options.PopularityHalfLifeDays);
        Assert.Equal(record.Neighbours, live.Current.Options.Neighbours);
        Assert.Equal(TrainingOptions.Default.Als, live.Current.Options.Als);
        Assert.Same(live.Current.Encoder, await host.EncoderForAsync("sample", live.Current.Dataset, null, CancellationToken.None));
    }

    [Fact]
    public async Task Without_its_own_record_a_workspace_gets_the_defaults_and_a_record_stored_later_applies_at_once()
    {
        await _fixture.PrepareAsync();
        await Strategies.SaveTunedAsync(TunedStrategies.Tuned with { Name = TuningRecord.StrategyNameFor("elsewhere") }, TunedStrategies.Tuning("elsewhere"));
        var (host, live) = await StartAsync();
        var built = live.Current!;
        Assert.Equal((TrainingOptions.Default.PopularityHalfLifeDays, new NeighbourOptions()), (built.Options.PopularityHalfLifeDays, built.Options.EffectiveNeighbours));

        await host.ApplyTuningAsync("elsewhere", CancellationToken.None);
        Assert.Same(built, live.Current);

        var record = TunedStrategies.Tuning("sample", halfLife: 30f);
        await Strategies.SaveTunedAsync(TunedStrategies.Tuned, record);
        await host.ApplyTuningAsync("sample", CancellationToken.None);

        Assert.NotSame(built, live.Current);
        Assert.Equal((30f, record.Neighbours), (live.Current!.Options.PopularityHalfLifeDays, live.Current.Options.Neighbours));
        Assert.Same(built.Collaborative, live.Current.Collaborative); // priors and neighbours only: no retraining
        Assert.Equal(ModelState.Ready, live.Status.State);
    }

    [Fact]
    public void A_missing_or_unusable_record_means_the_default_training_options()
    {
        var good = TunedStrategies.Tuning("sample");

        Assert.Same(TunedTraining.Base, TunedTraining.With(null, out var none));
        var tuned = TunedTraining.With(good, out var fine);
        var bad = TunedTraining.With(good with { PopularityHalfLifeDays = 0, Neighbours = good.Neighbours with { Neighbours = 0 } }, out var problem);

        Assert.Equal((null, null), (none, fine));
        Assert.Equal(TunedTraining.Base with { PopularityHalfLifeDays = 180f, Neighbours = good.Neighbours }, tuned);
        Assert.Same(TunedTraining.Base, bad);
        Assert.Equal("Neighbours must be at least 1 (got 0). The popularity half-life must be a positive number of days (got 0).", problem);
    }

    [Fact]
    public async Task A_record_with_tuned_ALS_settings_retrains_the_collaborative_model_of_the_live_workspace()
    {
        await _fixture.PrepareAsync();
        var (host, live) = await StartAsync();
        var built = live.Current!;

        var record = TunedStrategies.Tuning("sample") with { AlsFactors = 16, AlsRegularization = 10f };
        await Strategies.SaveTunedAsync(TunedStrategies.Tuned, record);
        await host.ApplyTuningAsync("sample", CancellationToken.None);

        var current = live.Current!;
        Assert.NotSame(built.Collaborative, current.Collaborative);
        Assert.Equal((16, 10f), (current.Options.Als.Factors, current.Options.Als.Regularization));
        Assert.Equal(16, current.Catalog.Collaborative.Dimension);
        Assert.Same(built.Catalog.Semantic, current.Catalog.Semantic); // items are not encoded again
        Assert.Equal(ModelState.Ready, live.Status.State);
    }

    [Fact]
    public void A_record_with_unusable_ALS_settings_means_the_defaults_and_says_why()
    {
        var bad = TunedStrategies.Tuning("sample") with { AlsFactors = 0 };

        Assert.Same(TunedTraining.Base, TunedTraining.With(bad, out var problem));
        Assert.Contains("AlsOptions.Factors must be ≥ 1, got 0.", problem, StringComparison.Ordinal);
    }

    private async Task<(ModelHost Host, ILiveModel Live)> StartAsync()
    {
        var host = LiveModelHost.Create(_fixture.Store, _fixture.Choice, Strategies);
        _hosts.Add(host);
        return (host, await LiveModelHost.StartAsync(host));
    }

    public void Dispose()
    {
        foreach (var host in _hosts) host.Dispose();
        _fixture.Dispose();
    }
}
