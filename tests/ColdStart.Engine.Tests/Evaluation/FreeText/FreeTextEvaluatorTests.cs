using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation.FreeText;
using ColdStart.Engine.Tests.Text;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Tests.Evaluation.FreeText;

public sealed class FreeTextEvaluatorTests
{
    private static readonly string[] Keywords = ["red", "blue", "tent", "boots", "green", "hat"];
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();

    /// <summary>
    /// Four items; user 0 searches "tent tent blue" and then buys item 1; user 1 searches "red boots" and then takes items
    /// 2 and 3; user 2 searches but takes nothing; user 3 never searches. With the keyword encoder (one dimension per
    /// keyword) the cosines are known: for user 0, item 0 = 2/√10 &gt; item 1 = 1/√10 &gt; items 2, 3 = 0, so its item is
    /// second: NDCG@10 = 1/log2(3). For user 1, item 2 = 3/√10 &gt; items 0, 1 = 1/2 &gt; item 3 = 0: hits at ranks 1 and 4,
    /// NDCG@10 = (1 + 1/log2(5)) / (1 + 1/log2(3)).
    /// </summary>
    private static Dataset World() => new("tiny",
        [Item("i0", "red tent"), Item("i1", "blue boots"), Item("i2", "red red boots"), Item("i3", "green hat")],
        [new User("u0", NoAttributes), new User("u1", NoAttributes), new User("u2", NoAttributes), new User("u3", NoAttributes)],
        [
            new Event(0, 3, EventType.Purchase, 5),
            new Event(3, 0, EventType.Purchase, 6),
            new Event(0, -1, EventType.Search, 10, "tent tent blue"),
            new Event(1, -1, EventType.Search, 10, "red boots"),
            new Event(2, -1, EventType.Search, 10, "hat"),
            new Event(1, 2, EventType.Cart, 11),
            new Event(2, 3, EventType.View, 11),
            new Event(1, 3, EventType.Purchase, 12),
            new Event(0, 1, EventType.Purchase, 20),
            new Event(3, 2, EventType.Purchase, 21),
        ]);

    private static readonly double User0Ndcg = 1 / Math.Log2(3);
    private static readonly double User1Ndcg = (1 + 1 / Math.Log2(5)) / (1 + 1 / Math.Log2(3));

    [Fact]
    public void Search_cases_are_the_queries_and_the_items_taken_positively_after_the_first_one()
    {
        var cases = FreeTextCases.FromSearches(World());

        Assert.Equal([0, 1], cases.Select(c => c.User));
        Assert.Equal("tent tent blue", cases[0].Text);
        Assert.Equal([1], cases[0].Relevant.Order());
        Assert.Equal([2, 3], cases[1].Relevant.Order());
    }

    [Fact]
    public void Note_cases_are_the_notes_and_the_items_they_were_written_on()
    {
        var cases = FreeTextCases.FromNotes(World(),
            [new FreeTextNote(1, 2, "Funny", 3), new FreeTextNote(1, 0, "funny", 4), new FreeTextNote(1, 3, "dark", 5), new FreeTextNote(3, 1, " ", 1)]);

        var only = Assert.Single(cases);
        Assert.Equal("Funny. dark", only.Text);
        Assert.Equal([0, 2, 3], only.Relevant.Order());
    }

    [Fact]
    public void An_encoder_row_scores_exactly_the_hand_computed_ndcg_and_recall()
    {
        var data = World();
        var report = new FreeTextEvaluator(new FreeTextOptions(), [FreeTextRow.Encoder("Keywords", new KeywordEncoder(Keywords))])
            .Run(data, FreeTextCases.FromSearches(data));

        var row = Assert.Single(report.Rows);
        Assert.Equal(2, row.Cases);
        Assert.Equal((User0Ndcg + User1Ndcg) / 2, row.Ndcg.Mean, 5);
        Assert.Equal(1, row.Recall.Mean, 6);
    }

    [Fact]
    public void The_fold_encoder_row_is_trained_without_the_folds_people_and_scores_the_same()
    {
        var data = World();
        var trainer = new RecordingTrainer(new FoldTrainer(TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 2 } }, new KeywordEncoder(Keywords)));
        var report = new FreeTextEvaluator(new FreeTextOptions { Folds = 2 }, [FreeTextRow.TfIdf(), FreeTextRow.FoldEncoder()], trainer)
            .Run(data, FreeTextCases.FromSearches(data));

        Assert.Equal(2, trainer.TrainingSets.Count);
        Assert.All(trainer.TrainingSets, set => Assert.Equal(3, set.Users.Count));
        Assert.Equal(["u1", "u2", "u3"], trainer.TrainingSets.Single(s => !s.Users.Any(u => u.Id == "u0")).Users.Select(u => u.Id));
        Assert.Equal(["u0", "u2", "u3"], trainer.TrainingSets.Single(s => !s.Users.Any(u => u.Id == "u1")).Users.Select(u => u.Id));
        Assert.Equal((User0Ndcg + User1Ndcg) / 2, report.Find(FreeTextRow.ProjectEncoderName)!.Ndcg.Mean, 5);
    }

    [Fact]
    public void The_adapter_row_trains_per_fold_on_the_training_peoples_texts_only()
    {
        var data = World();
        var recorder = new RecordingEncoder(new KeywordEncoder(Keywords));
        var trainer = new FoldTrainer(TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 2 } }, new KeywordEncoder(Keywords));
        var adapter = FreeTextRow.AdaptedEncoder("Keywords + adapter", recorder, new EncoderTrainingOptions(Epochs: 3, BatchSize: 4));

        var report = new FreeTextEvaluator(new FreeTextOptions { Folds = 2 }, [FreeTextRow.TfIdf(), adapter], trainer).Run(data, FreeTextCases.FromSearches(data));

        var row = report.Find("Keywords + adapter")!;
        Assert.Equal(2, row.Cases);
        Assert.InRange(row.Ndcg.Mean, 0, 1);
        // Besides the catalog, each fold encodes one training batch: it holds the searches of the other fold's person, never its own test person's.
        var catalog = data.Items.Select(i => i.Text).ToArray();
        var training = recorder.Batches.Where(b => !b.SequenceEqual(catalog)).ToList();
        Assert.Equal(2, training.Count);
        Assert.All(training, b => Assert.True(
            b.Any(t => t.Contains("Searches: tent tent blue", StringComparison.Ordinal)) || b.Any(t => t.Contains("Searches: red boots", StringComparison.Ordinal)),
            "a fold's adapter was trained without the other fold's person"));
        Assert.All(training, b => Assert.False(
            b.Any(t => t.Contains("Searches: tent tent blue", StringComparison.Ordinal)) && b.Any(t => t.Contains("Searches: red boots", StringComparison.Ordinal)),
            "a fold's adapter was trained on both test people's searches"));
        Assert.Equal(2, recorder.Queries.Count);
    }

    /// <summary>Records the batches (training texts, catalog) and the queries given to the encoder it wraps.</summary>
    private sealed class RecordingEncoder(ITextEncoder inner) : ITextEncoder
    {
        public List<string[]> Batches { get; } = [];
        public List<string> Queries { get; } = [];
        public int Dimension => inner.Dimension;
        public string ExecutionProvider => inner.ExecutionProvider;
        public string ModelName => inner.ModelName;

        public float[] Encode(IReadOnlyList<string> texts)
        {
            lock (Batches) Batches.Add([.. texts]);
            return inner.Encode(texts);
        }

        public float[] Encode(string text) => inner.Encode(text);

        public float[] EncodeQuery(string text)
        {
            lock (Queries) Queries.Add(text);
            return inner.EncodeQuery(text);
        }

        public void Dispose() => inner.Dispose();
    }

    [Fact]
    public void Tf_idf_puts_the_only_item_with_the_words_first()
    {
        var data = World();
        FreeTextCase[] cases = [new(0, "green hat", new HashSet<int> { 3 }), new(1, "tent", new HashSet<int> { 0 })];

        var report = new FreeTextEvaluator(new FreeTextOptions(), [FreeTextRow.TfIdf()]).Run(data, cases);

        Assert.Equal(1, report.Find("TF-IDF")!.Ndcg.Mean, 6);
    }

    [Fact]
    public void Ties_are_broken_in_a_per_case_random_order_not_in_catalog_order()
    {
        var scores = new float[50];
        scores[7] = 1;

        var first = FreeTextEvaluator.Top(scores, 20, tieSeed: 1);
        var second = FreeTextEvaluator.Top(scores, 20, tieSeed: 2);

        Assert.Equal(7, first[0]);
        Assert.Equal(7, second[0]);
        Assert.NotEqual(first, second);
        Assert.NotEqual(Enumerable.Range(0, 20).Where(i => i != 7).Take(19), first.Skip(1));
        Assert.Equal(20, first.Distinct().Count());
        Assert.All(first, i => Assert.InRange(i, 0, 49));
    }

    [Fact]
    public void Bad_options_and_duplicate_rows_are_refused_with_every_problem()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new FreeTextEvaluator(new FreeTextOptions { Folds = 1 }, [FreeTextRow.TfIdf(), FreeTextRow.TfIdf()]));

        Assert.Contains("Folds must be at least 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("'TF-IDF' is listed twice", error.Message, StringComparison.Ordinal);
    }

    private static Item Item(string id, string title) => new(id, title, "", "", "", "", "", 1f, new DateOnly(2024, 1, 1), []);
}
