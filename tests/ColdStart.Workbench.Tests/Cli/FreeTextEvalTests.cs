using System.Globalization;
using System.Text;
using ColdStart.Data.Import;
using ColdStart.Engine.Text;
using ColdStart.Pretrained;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Cli;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Modeling;
using Microsoft.Extensions.Configuration;

namespace ColdStart.Workbench.Tests.Cli;

public sealed class FreeTextEvalTests
{
    [Fact]
    public async Task Free_text_on_a_movielens_folder_ranks_from_the_tags_with_tf_idf_and_the_per_fold_project_encoder()
    {
        using var folder = PlantedMovieLens.Write();
        WriteTags(folder.Path);

        var (code, table, stderr) = await CliRun.RunAsync(["eval", "--dataset", folder.Path, "--protocol", "free-text", "--folds", "2"]);

        Assert.True(code == 0, stderr);
        Assert.Contains("45 people (their tags → the movies they tagged; movies without tags)", table, StringComparison.Ordinal);
        Assert.Matches(@"TF-IDF\s+0\.\d{4}±0\.\d{4}\s+0\.\d{4}±0\.\d{4}\s+1\.00×", table);
        Assert.Matches(@"Project encoder \(trained per fold\)\s+0\.\d{4}±", table);
    }

    [Fact]
    public void The_catalog_of_the_tag_cases_has_no_tags_and_each_note_names_its_user_and_movie()
    {
        using var folder = PlantedMovieLens.Write();
        WriteTags(folder.Path);
        var imported = DatasetImporter.Import(folder.Path, ImportOptions.Default);
        Assert.Contains(imported.Items, i => i.Tags.Count > 0);

        var (data, notes) = MovieLensTagNotes.Read(folder.Path, imported);

        Assert.All(data.Items, i => Assert.Empty(i.Tags));
        Assert.All(data.Items, i => Assert.DoesNotContain("Tags:", i.Description, StringComparison.Ordinal));
        Assert.Equal(imported.Items.Select(i => (i.Id, i.Title, i.ProductType, i.LaunchDate)), data.Items.Select(i => (i.Id, i.Title, i.ProductType, i.LaunchDate)));
        Assert.Equal(45 * 2, notes.Count);
        var first = notes[0];
        Assert.Equal("1", data.Users[first.User].Id);
        Assert.Equal("spooky", first.Text);
    }

    [Fact]
    public void A_bad_tag_line_is_named_by_file_and_line()
    {
        using var folder = PlantedMovieLens.Write();
        var imported = DatasetImporter.Import(folder.Path, ImportOptions.Default);
        File.WriteAllText(Path.Combine(folder.Path, "tags.csv"), "userId,movieId,tag,timestamp\n1,1,fine,1000000000\n1,999,lost,1000000001\n");
        var error = Assert.Throws<ImportException>(() => MovieLensTagNotes.Read(folder.Path, imported));
        Assert.Contains("tags.csv:3", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown movieId '999'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arctic-xs")]
    [InlineData("ARCTIC-XS")]
    [InlineData("minilm")]
    public void A_pretrained_encoder_is_accepted_by_its_name(string name) =>
        Assert.Equal(name, CliRun.ParseEval("--dataset", "sample", "--protocol", "free-text", "--encoder", name).EncoderModel);

    [Fact]
    public void Arctic_xs_given_by_its_extracted_path_loads_with_cls_pooling_and_its_query_prefix_on_the_cpu()
    {
        var model = PretrainedModels.ArcticXs;
        var path = PretrainedFiles.PathOf(EncoderChoice.PretrainedRoot(RepositoryRoot.Find()), model, model.Model);

        var loading = FreeTextEval.LoadOptions(path, new ConfigurationBuilder().Build());

        Assert.Equal((TokenPooling.Cls, "Represent this sentence for searching relevant passages: ", "snowflake-arctic-embed-xs", "cpu"),
            (loading.Pooling, loading.QueryPrefix, loading.DisplayName, loading.ExecutionProvider));
    }

    [Fact]
    public void A_drop_in_path_loads_with_the_defaults_and_no_query_prefix()
    {
        var loading = FreeTextEval.LoadOptions("/somewhere/custom/model.onnx", new ConfigurationBuilder().Build());

        Assert.Equal((TokenPooling.Mean, null, null), (loading.Pooling, loading.QueryPrefix, loading.DisplayName));
        Assert.Equal("/somewhere/custom/vocab.txt", loading.VocabPath);
    }

    [PretrainedFact("arctic-xs")]
    public void Arctic_xs_by_name_loads_the_extracted_files_with_its_settings()
    {
        var loading = FreeTextEval.LoadOptions("arctic-xs", new ConfigurationBuilder().Build());

        Assert.Equal((TokenPooling.Cls, PretrainedModels.ArcticQueryPrefix), (loading.Pooling, loading.QueryPrefix));
        Assert.True(File.Exists(loading.ModelPath), loading.ModelPath);
    }

    [PretrainedFact("minilm")]
    public async Task MiniLM_with_adapter_adds_a_row_trained_per_fold_and_caches_the_base_vectors_in_memory_without_a_database()
    {
        using var folder = PlantedMovieLens.Write();
        WriteTags(folder.Path);
        var missing = Path.Combine(folder.Path, "no-database", "workbench.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data:DatabasePath"] = missing }).Build();

        var (code, table, stderr) = await CliRun.RunAsync(
            ["eval", "--dataset", folder.Path, "--protocol", "free-text", "--folds", "2", "--encoder", "minilm", "--adapter", "0,0.5"], configuration);

        Assert.True(code == 0, stderr);
        Assert.Contains($"cached in memory for this run (no database at '{missing}')", stderr, StringComparison.Ordinal);
        Assert.Matches(@"\nall-MiniLM-L6-v2\s+0\.\d{4}±", table);
        Assert.Matches(@"\nall-MiniLM-L6-v2 \+ adapter\s+0\.\d{4}±", table);
        Assert.Matches(@"\nall-MiniLM-L6-v2 \+ adapter \(base share 0\.5\)\s+0\.\d{4}±", table);
        Assert.Contains("all-MiniLM-L6-v2 + adapter", table.Split('\n').Single(l => l.Contains("use 2 folds", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Adapter_without_an_encoder_is_refused()
    {
        var (code, _, stderr) = await CliRun.RunAsync(["eval", "--dataset", "sample", "--protocol", "free-text", "--adapter", "0"]);

        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains("--adapter needs --encoder", stderr, StringComparison.Ordinal);
        (code, _, stderr) = await CliRun.RunAsync(["eval", "--dataset", "sample", "--protocol", "free-text", "--encoder", "minilm", "--adapter", "0,1"]);
        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains("--adapter takes base shares in [0, 1) separated by commas, e.g. 0,0.5; '1' is not one.", stderr, StringComparison.Ordinal);
    }

    /// <summary>Every user tags two movies of its genre (the genre's mood word).</summary>
    private static void WriteTags(string folder)
    {
        string[] moods = ["funny", "spooky", "dusty"];
        var tags = new StringBuilder("userId,movieId,tag,timestamp\n");
        for (int u = 1; u <= 45; u++)
        {
            int genre = u % 3;
            foreach (int m in Enumerable.Range(1, PlantedMovieLens.Movies).Where(m => m % 3 == genre).Take(2))
                tags.Append(CultureInfo.InvariantCulture, $"{u},{m},{moods[genre]},{900_000_000 + u * 10 + m}\n");
        }
        File.WriteAllText(Path.Combine(folder, "tags.csv"), tags.ToString());
    }
}
