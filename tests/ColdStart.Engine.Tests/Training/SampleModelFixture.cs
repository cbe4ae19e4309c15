using ColdStart.Engine.Text;
using ColdStart.Engine.Tests.Text;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.Training;

/// <summary>One small sample world, trained once (ALS + encoder written to a temp folder + snapshot) for the tests that share it.</summary>
public sealed class SampleModelFixture : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public SampleModelFixture()
    {
        World = SampleWorld.Generate(new SampleWorldOptions(Seed: 11, Items: 1200, Users: 3000, TargetEvents: 45_000, Days: 90));
        var options = TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 32, Iterations = 10 } };
        var encoderOptions = new EncoderTrainingOptions(Hidden: 64, Epochs: 6, VocabSize: 4000);
        ModelTraining.Train(World.Dataset, options, encoderOptions, _directory.Path, "encoder");
        Encoder = OnnxTextEncoder.Create(new EncoderOptions(
            EncoderFiles.ModelPath(_directory.Path, "encoder"), EncoderFiles.VocabPath(_directory.Path, "encoder"), "cpu"));
        Snapshot = SnapshotBuilder.Build(World.Dataset, Encoder, options);
    }

    public SampleWorldResult World { get; }
    public OnnxTextEncoder Encoder { get; }
    public ModelSnapshot Snapshot { get; }

    public void Dispose()
    {
        Encoder.Dispose();
        _directory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SampleModelCollection : ICollectionFixture<SampleModelFixture>
{
    public const string Name = "Trained sample model";
}
