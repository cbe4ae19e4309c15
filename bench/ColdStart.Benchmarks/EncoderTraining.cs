using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Text;

namespace ColdStart.Benchmarks;

/// <summary>
/// ALS → text encoder files, the way the `train` command does it: every item text with events is paired with its ALS item
/// row and every active user's text (attributes plus searches) with its ALS user row; the vocabulary comes from item texts
/// and search queries. Writes <c>{name}.onnx</c>, <c>{name}.vocab.txt</c>, <c>{name}.json</c> into a directory.
/// </summary>
internal static class EncoderTraining
{
    /// <summary>Trains and writes the encoder; returns its metadata.</summary>
    public static EncoderMetadata TrainAndWrite(Dataset data, InteractionMatrix matrix, CollaborativeModel als,
        EncoderTrainingOptions options, string directory, string name)
    {
        var pairs = new List<TrainingPair>();
        var rows = new List<float[]>();
        for (int i = 0; i < data.Items.Count; i++)
        {
            if (matrix.UsersOf(i).IsEmpty) continue;
            pairs.Add(new TrainingPair(data.Items[i].Text, rows.Count));
            rows.Add(als.ItemVector(i).ToArray());
        }
        var userTexts = ProfileText.ForUsers(data);
        for (int u = 0; u < data.Users.Count; u++)
        {
            if (matrix.ItemsOf(u).IsEmpty || string.IsNullOrWhiteSpace(userTexts[u])) continue;
            pairs.Add(new TrainingPair(userTexts[u], rows.Count));
            rows.Add(als.UserVector(u).ToArray());
        }
        var targets = new float[rows.Count * als.Factors];
        for (int r = 0; r < rows.Count; r++) rows[r].CopyTo(targets, r * als.Factors);
        return EncoderTrainer.TrainAndWrite(Corpus(data), pairs, targets, als.Factors, options, directory, name);
    }

    private static IEnumerable<string> Corpus(Dataset data)
    {
        foreach (var item in data.Items) yield return item.Text;
        foreach (var e in data.Events)
            if (e.Type == EventType.Search && !string.IsNullOrWhiteSpace(e.Query)) yield return e.Query;
    }
}
