using ColdStart.Engine.Text;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;

namespace ColdStart.Workbench.Tests.Compare;

/// <summary>A small sample world trained once (ALS + ONNX encoder in a temp folder + snapshot) for the Compare page tests.</summary>
public sealed class TinyModelFixture : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coldstart-compare-").FullName;

    public TinyModelFixture()
    {
        World = SampleWorld.Generate(new SampleWorldOptions(Seed: 5, Items: 240, Users: 400, TargetEvents: 4000, Days: 40));
        var options = TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 8, Iterations = 4 } };
        var trained = ModelTraining.Train(World.Dataset, options, new EncoderTrainingOptions(Hidden: 16, Epochs: 1, VocabSize: 1500), _folder, "encoder");
        Encoder = OnnxTextEncoder.Create(new EncoderOptions(
            EncoderFiles.ModelPath(_folder, "encoder"), EncoderFiles.VocabPath(_folder, "encoder"), "cpu"));
        Snapshot = SnapshotBuilder.Build(World.Dataset, Encoder, options, trained: trained.Collaborative);
    }

    public SampleWorldResult World { get; }
    public OnnxTextEncoder Encoder { get; }
    public ModelSnapshot Snapshot { get; }

    public void Dispose()
    {
        Encoder.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}
