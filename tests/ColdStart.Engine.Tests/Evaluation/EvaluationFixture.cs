using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Evaluation;

/// <summary>One small evaluation (both protocols, 3 folds, k ∈ {0, 1, 3}) on a small sample world, run once for the tests that read it.</summary>
public sealed class EvaluationFixture
{
    public EvaluationFixture()
    {
        Data = SampleWorld.Generate(new SampleWorldOptions(Seed: 5, Items: 400, Users: 600, TargetEvents: 15_000, Days: 60)).Dataset;
        Trainer = new RecordingTrainer(new FoldTrainer(Training, new WordHashEncoder()));
        Report = new Evaluator(Options, Trainer).Run(Data);
    }

    public static TrainingOptions Training { get; } =
        TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 16, Iterations = 6 } };

    public static EvaluationOptions Options { get; } = new()
    {
        Protocols = [EvaluationProtocol.NewUser, EvaluationProtocol.NewItem],
        Folds = 3,
        KValues = [0, 1, 3],
        Strategies = [Strategy.Balanced],
        BootstrapResamples = 200,
        Training = Training,
    };

    public Dataset Data { get; }
    internal RecordingTrainer Trainer { get; }
    public EvaluationReport Report { get; }
}

[CollectionDefinition(Name)]
public sealed class EvaluationCollection : ICollectionFixture<EvaluationFixture>
{
    public const string Name = "Small evaluation";
}
