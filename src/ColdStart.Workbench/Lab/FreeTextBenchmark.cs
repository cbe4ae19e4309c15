using ColdStart.Data.Storage;
using ColdStart.Engine.Evaluation.FreeText;
using ColdStart.Engine.Text.Adapters;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// The free-text benchmark (text → items) of a workspace in the background, for the lab: the same engine call as
/// <c>eval --protocol free-text --workspace</c> — <see cref="FreeTextCases.FromSearches"/> on the workspace's dataset,
/// then <see cref="FreeTextEvaluator"/> with TF-IDF first and one row per chosen encoder: <c>project</c> is the project
/// encoder trained per fold, <c>minilm</c> and <c>arctic-xs</c> the pretrained encoders (loaded with their pooling and
/// query prefix by the <see cref="IEncoderLoader"/>, behind the embedding cache), and <c>minilm+adapter</c> /
/// <c>arctic-xs+adapter</c> that encoder plus an adapter (base share <see cref="AdapterTrainer.DefaultBaseShare"/>, as a
/// workspace's) trained per fold on the fold's training people only (never the
/// workspace's stored adapter, which saw everyone). One job at a time; nothing is stored.
/// </summary>
public sealed class FreeTextBenchmark(WorldStore worlds, IEncoderLoader encoders, ILogger<FreeTextBenchmark> logger)
    : WorkspaceJobRunner<FreeTextJob>
{
    /// <summary>The encoders the lab offers, in row order.</summary>
    public static IReadOnlyList<string> EncoderChoices => EncoderChoice.Names;

    /// <summary>Folds, seed and bootstrap of the evaluator (the CLI's defaults; tests make them smaller).</summary>
    public FreeTextOptions Options { get; init; } = new();

    /// <summary>Starts the benchmark of <paramref name="workspace"/> with TF-IDF and <paramref name="encoderChoices"/> in the background.</summary>
    /// <exception cref="ArgumentException">No encoder chosen, or one that is not in <see cref="EncoderChoices"/>.</exception>
    /// <exception cref="InvalidOperationException">A benchmark is still running.</exception>
    public FreeTextJob Start(string workspace, IReadOnlyList<string> encoderChoices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        ArgumentNullException.ThrowIfNull(encoderChoices);
        if (encoderChoices.Count == 0) throw new ArgumentException("Choose at least one encoder to compare with TF-IDF.", nameof(encoderChoices));
        if (encoderChoices.FirstOrDefault(c => !EncoderChoices.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            throw new ArgumentException($"Unknown encoder '{unknown}': choose from {string.Join(", ", EncoderChoices)}.", nameof(encoderChoices));
        var ordered = EncoderChoices.Where(c => encoderChoices.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        return Start((changed, stopping) => new FreeTextJob(workspace, ordered, changed, stopping), RunAsync,
            running => $"The free-text benchmark is still running on '{running.Workspace}'; wait for it or cancel it first.");
    }

    private async Task RunAsync(FreeTextJob job)
    {
        try
        {
            var data = await worlds.LoadDatasetAsync(job.Workspace, job.Token);
            var cases = FreeTextCases.FromSearches(data);
            List<FreeTextRow> rows = [FreeTextRow.TfIdf()];
            foreach (var choice in job.Encoders)
            {
                if (string.Equals(choice, EncoderChoice.Project, StringComparison.OrdinalIgnoreCase))
                {
                    rows.Add(FreeTextRow.FoldEncoder());
                    continue;
                }
                job.Update(new($"Loading the {choice} encoder…", 0));
                var encoder = await encoders.LoadAsync(choice, job.Token);
                rows.Add(EncoderChoice.BaseOf(choice) is null
                    ? FreeTextRow.Encoder(encoder.ModelName, encoder)
                    : FreeTextRow.AdaptedEncoders(encoder.ModelName, encoder, [AdapterTrainer.DefaultBaseShare])[0]);
            }
            var evaluator = new FreeTextEvaluator(Options, rows);
            var report = await Task.Run(() => evaluator.Run(data, cases, job, job.Token), job.Token);
            logger.LogInformation("Free text → items on {Workspace}: {Cases} cases, {Rows} rows, {Seconds:0.0} s", job.Workspace, report.Cases, report.Rows.Count, report.Seconds);
            job.Finish(LabJobState.Completed, report);
        }
        catch (OperationCanceledException) when (job.Token.IsCancellationRequested)
        {
            job.Finish(LabJobState.Cancelled);
        }
        catch (Exception ex) when (ex is ArgumentException or FileNotFoundException or InvalidDataException)
        {
            logger.LogInformation("The free-text benchmark could not run on {Workspace}: {Reason}", job.Workspace, ex.Message);
            job.Finish(LabJobState.Failed, error: ex.Message);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The free-text benchmark on {Workspace} failed", job.Workspace);
            job.Finish(LabJobState.Failed, error: ex.Message);
        }
    }
}
