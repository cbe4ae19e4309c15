using System.Globalization;
using System.Text;
using System.Text.Json;
using ColdStart.Data.Import;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation.FreeText;
using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Caching;
using ColdStart.Pretrained;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// <c>eval --protocol free-text</c>: text → items on a dataset. Cases come from MovieLens tags (a MovieLens latest
/// folder with tags.csv; the catalog is then rebuilt without tags) or from search events (the sample worlds, generic
/// CSV). Rows: TF-IDF, the project encoder trained per fold, the <c>--encoder</c> (pretrained or drop-in) when given,
/// and with <c>--adapter</c> that encoder plus an adapter trained per fold, one row per base share.
/// </summary>
internal static class FreeTextEval
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<int> RunAsync(EvalArguments arguments, IConfiguration configuration, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellation)
    {
        CachingTextEncoder? dropIn = null;
        try
        {
            await stderr.WriteLineAsync($"Loading {arguments.Source} ...");
            var (data, cases, source) = Cases(await EvalSource.LoadAsync(arguments, configuration, cancellation), arguments.Dataset);
            List<FreeTextRow> rows = [FreeTextRow.TfIdf(), FreeTextRow.FoldEncoder()];
            if (arguments.EncoderModel is { } model)
            {
                var loading = LoadOptions(model, configuration);
                var onnx = OnnxTextEncoder.Create(loading);
                var (store, where) = await CliServices.EmbeddingCacheAsync(configuration, cancellation);
                dropIn = new CachingTextEncoder(onnx, EncoderFingerprint.Compute(loading, onnx.Dimension), store);
                await stderr.WriteLineAsync($"Embeddings of {onnx.ModelName}: {where}.");
                var name = loading.DisplayName ?? $"Drop-in encoder ({Label(model)})";
                rows.Add(FreeTextRow.Encoder(name, dropIn));
                if (arguments.AdapterShares is { } shares) rows.AddRange(FreeTextRow.AdaptedEncoders(name, dropIn, shares));
            }
            var options = new FreeTextOptions { Folds = arguments.Folds, Seed = arguments.Seed };
            var report = new FreeTextEvaluator(options, rows).Run(data, cases, new ProgressBar(stderr), cancellation);
            await stdout.WriteAsync(Format(report, source));
            if (arguments.JsonPath is { } path)
            {
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Json), cancellation);
                await stderr.WriteLineAsync($"Report written to {Path.GetFullPath(path)}");
            }
            return 0;
        }
        catch (EvalSourceException e)
        {
            return await CommandLine.RefuseAsync(EvalCommand.Verb, [e.Message], stderr);
        }
        catch (ImportException e)
        {
            await stderr.WriteLineAsync($"eval: cannot import '{arguments.Dataset}':");
            await stderr.WriteLineAsync(e.Message);
            return CommandLine.FailureExitCode;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException or InvalidDataException
                                      or ColdStart.Data.DatabaseUnavailableException)
        {
            await stderr.WriteLineAsync($"eval: {e.Message}");
            return CommandLine.FailureExitCode;
        }
        finally
        {
            dropIn?.Dispose();
        }
    }

    /// <summary>The table: one row per ranker, NDCG@10 and Recall@20 as mean ± half the 95% interval, and NDCG@10 relative to TF-IDF.</summary>
    public static string Format(FreeTextReport report, string source)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Free text → items on {report.Dataset}: {report.Cases:N0} people ({source}), {report.Items:N0} items ranked each. Mean ± half the 95% bootstrap interval.");
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{"Row",-46}{"NDCG@10",16}{"Recall@20",16}{"× TF-IDF",10}");
        double? tfIdf = report.Rows.Count > 0 ? report.Rows[0].Ndcg.Mean : null;
        foreach (var row in report.Rows)
        {
            string ratio = tfIdf is > 0 ? (row.Ndcg.Mean / tfIdf.Value).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "-";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{row.Row,-46}{$"{row.Ndcg.Mean:0.0000}±{row.Ndcg.Width / 2:0.0000}",16}{$"{row.Recall.Mean:0.0000}±{row.Recall.Width / 2:0.0000}",16}{ratio,10}");
        }
        text.AppendLine();
        foreach (var note in report.Notes) text.AppendLine("- " + note);
        text.AppendLine(CultureInfo.InvariantCulture, $"Time: {report.Seconds:0.0} s.");
        return text.ToString();
    }

    /// <summary>The cases of <paramref name="data"/>: from MovieLens tags when <paramref name="folder"/> is a MovieLens latest folder with tags.csv, else from searches.</summary>
    private static (Dataset Data, IReadOnlyList<FreeTextCase> Cases, string Source) Cases(Dataset data, string? folder)
    {
        if (folder is { } dataset && !EvalArguments.IsSample(dataset) && MovieLensTagNotes.Available(dataset))
        {
            var (stripped, notes) = MovieLensTagNotes.Read(dataset, data);
            return (stripped, FreeTextCases.FromNotes(stripped, notes), "their tags → the movies they tagged; movies without tags");
        }
        return (data, FreeTextCases.FromSearches(data), "their searches → items taken afterwards");
    }

    /// <summary>
    /// How to load <c>--encoder</c>, on the CPU: a pretrained key (<c>minilm</c>, <c>arctic-xs</c>) or a path, through
    /// <see cref="EncoderChoice"/> as the workspaces do, so a pretrained model gets its pooling and query prefix, even when
    /// given by the path of its extracted file.
    /// </summary>
    internal static EncoderOptions LoadOptions(string encoder, IConfiguration configuration)
    {
        var options = configuration.GetSection(ModelOptions.SectionName).Get<ModelOptions>() ?? new ModelOptions();
        string root = RepositoryRoot.Find();
        var loading = PretrainedModels.Find(encoder) is not null
            ? EncoderChoice.OptionsFor(options, root, encoder)
            : EncoderChoice.LoadOptions(Path.GetFullPath(encoder), VocabBeside(encoder), options, root);
        return loading with { ExecutionProvider = "cpu" };
    }

    /// <summary>The model file's name, or its folder's when the file is just "model.onnx" (e.g. "minilm").</summary>
    private static string Label(string model)
    {
        var name = Path.GetFileNameWithoutExtension(model);
        return name == "model" ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(model))) ?? name : name;
    }

    private static string VocabBeside(string model)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(model))!;
        var named = Path.Combine(folder, Path.GetFileNameWithoutExtension(model) + ".vocab.txt");
        return File.Exists(named) ? named : Path.Combine(folder, "vocab.txt");
    }
}
