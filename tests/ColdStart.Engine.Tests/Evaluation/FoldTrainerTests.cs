using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Evaluation;

public class FoldTrainerTests
{
    private static readonly Dataset Small = SampleWorld.Generate(new SampleWorldOptions(Seed: 9, Items: 300, Users: 200, TargetEvents: 4000, Days: 40)).Dataset;

    private static readonly TrainingOptions Training =
        TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 8, Iterations = 4 } };

    [Fact]
    public void Trains_a_fold_encoder_in_the_collaborative_dimension_and_ranks_with_it()
    {
        var trainer = new FoldTrainer(Training, new EncoderTrainingOptions(Hidden: 16, Epochs: 1, VocabSize: 800));
        using var model = trainer.Train(Small, CancellationToken.None);
        Assert.Equal(8, model.Snapshot.Encoder.Dimension);
        Assert.Equal("CPU", model.Snapshot.Encoder.ExecutionProvider);
        var persona = new Persona("p", Small.Users[0].Attributes, "", [Small.Items[0].Id], ["tent"]);
        Assert.Equal(10, model.Snapshot.Rank(persona, Strategy.Balanced, 10).Items.Count);
    }

    [Fact]
    public void A_given_encoder_is_used_for_the_fold_and_not_disposed()
    {
        using var encoder = new WordHashEncoder(12);
        using (var model = new FoldTrainer(Training, encoder).Train(Small, CancellationToken.None))
            Assert.Same(encoder, model.Snapshot.Encoder);
        Assert.Equal(12, encoder.Encode("still usable").Length);
    }
}
