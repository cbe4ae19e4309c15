using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Adapters;
using ColdStart.Engine.Text.Caching;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Modeling;

public sealed partial class ModelHost
{
    /// <summary>Every encoder this host loaded and has not disposed yet, in load order (a base before its adapters).</summary>
    private readonly List<LoadedEncoder> _encoders = [];

    /// <summary>The encoder loaded for each model (or adapter) file, reused while the file is unchanged.</summary>
    private readonly Dictionary<string, LoadedEncoder> _loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// The loaded encoder for these files, reused while the model file is unchanged (opening another workspace on the
    /// same encoder loads nothing); behind the embedding cache when there is one, its fingerprint computed once here.
    /// <paramref name="user"/>, the model being built on it, holds it from here on; without one (tuning, the
    /// free-text benchmark) it is kept until the host is disposed.
    /// </summary>
    internal ITextEncoder LoadEncoder(string model, string vocab, WorkspaceModel? user)
    {
        var written = File.GetLastWriteTimeUtc(model);
        lock (_gate)
        {
            if (_loaded.TryGetValue(model, out var known) && known.Written == written) return Hold(known, user);
        }
        var encoderOptions = EncoderChoice.LoadOptions(model, vocab, options.Value, environment.ContentRootPath);
        var onnx = OnnxTextEncoder.Create(encoderOptions);
        logger.LogInformation("Text encoder {Encoder} loaded from {Model} on {Provider}", onnx.ModelName, model, onnx.ProviderNote);
        ITextEncoder encoder = onnx;
        if (embeddings is not null)
        {
            var fingerprint = EncoderFingerprint.Compute(encoderOptions, encoder.Dimension);
            encoder = new CachingTextEncoder(encoder, fingerprint, embeddings);
        }
        lock (_gate) return Hold(Remember(model, new LoadedEncoder(encoder, written, null)), user);
    }

    /// <summary>The base encoder plus the adapter at <paramref name="path"/>, reused while the file is unchanged; the base stays shared (and cached).</summary>
    internal ITextEncoder LoadAdapted(ITextEncoder baseEncoder, string path, WorkspaceModel? user)
    {
        var written = File.GetLastWriteTimeUtc(path);
        lock (_gate)
        {
            if (_loaded.TryGetValue(path, out var known) && known.Written == written) return Hold(known, user);
        }
        var adapted = AdaptedTextEncoder.Load(baseEncoder, path);
        logger.LogInformation("Text encoder {Encoder} loaded with the adapter {Path}", adapted.ModelName, path);
        lock (_gate) return Hold(Remember(path, new LoadedEncoder(adapted, written, baseEncoder)), user);
    }

    /// <summary>
    /// Disposes the encoders that no loaded model serves or is building on (those of unloaded workspaces, and those
    /// replaced by a retrained file), except those handed out without a model (kept until the host is disposed). An
    /// adapter keeps its base encoder.
    /// </summary>
    internal void DisposeUnusedEncoders()
    {
        var unused = new List<LoadedEncoder>();
        lock (_gate)
        {
            var used = new HashSet<ITextEncoder>(ReferenceEqualityComparer.Instance);
            foreach (var model in _models.Values)
            {
                if (model.Current?.Encoder is { } serving) used.Add(serving);
                if (model.Building is { } building) used.Add(building);
            }
            for (int i = _encoders.Count - 1; i >= 0; i--) // adapters come after their bases
                if ((_encoders[i].Kept || used.Contains(_encoders[i].Encoder)) && _encoders[i].Base is { } baseEncoder) used.Add(baseEncoder);
            foreach (var loaded in _encoders)
                if (!loaded.Kept && !used.Contains(loaded.Encoder)) unused.Add(loaded);
            foreach (var loaded in unused)
            {
                _encoders.Remove(loaded);
                foreach (var key in _loaded.Where(p => ReferenceEquals(p.Value, loaded)).Select(p => p.Key).ToList()) _loaded.Remove(key);
            }
        }
        foreach (var loaded in unused)
        {
            logger.LogInformation("Text encoder {Encoder} disposed: no loaded workspace uses it", loaded.Encoder.ModelName);
            loaded.Encoder.Dispose();
        }
    }

    /// <summary>True when the configured files are the ones <see cref="ModelTraining"/> writes, so they can be (re)trained here.</summary>
    internal static bool IsProjectEncoder((string Model, string Vocab, string Directory, string Name) paths) =>
        string.Equals(paths.Vocab, EncoderFiles.VocabPath(paths.Directory, paths.Name), StringComparison.Ordinal);

    /// <summary>
    /// The workspace's encoder (its stored choice, else <c>Models:Encoder</c>; see <see cref="EncoderChoice"/>) for the
    /// default workspace, and for every workspace when it is a pretrained or drop-in model; with the project encoder, an
    /// imported workspace gets its own, trained on first use (see <see cref="WorkspaceEncoders"/>).
    /// </summary>
    internal (string Model, string Vocab, string Directory, string Name) EncoderPaths(string workspace, string? chosen)
    {
        if (chosen is not null) logger.LogInformation("Workspace {Workspace} uses the encoder it chose: {Encoder}", workspace, chosen);
        var configured = EncoderChoice.Paths(options.Value, environment.ContentRootPath, chosen);
        if (workspace == ColdStart.Data.WorkspaceKinds.DefaultWorkspace || activeWorkspace is null || !IsProjectEncoder(configured))
            return configured;
        string folder = WorkspaceEncoders.Folder(activeWorkspace, workspace);
        return (EncoderFiles.ModelPath(folder, configured.Name), EncoderFiles.VocabPath(folder, configured.Name), folder, configured.Name);
    }

    private LoadedEncoder Remember(string file, LoadedEncoder loaded)
    {
        _encoders.Add(loaded);
        _loaded[file] = loaded; // a replaced one stays in _encoders until nothing uses it
        return loaded;
    }

    /// <summary>Marks <paramref name="loaded"/> as used by <paramref name="user"/>'s build, or as kept when there is no model to follow.</summary>
    private static ITextEncoder Hold(LoadedEncoder loaded, WorkspaceModel? user)
    {
        if (user is null) loaded.Kept = true;
        else user.Building = loaded.Encoder;
        return loaded.Encoder;
    }

    /// <summary>A loaded encoder, when its file was written, the base it adapts (an adapter), and whether it is kept for the host's lifetime.</summary>
    private sealed class LoadedEncoder(ITextEncoder encoder, DateTime written, ITextEncoder? baseEncoder)
    {
        public ITextEncoder Encoder { get; } = encoder;
        public DateTime Written { get; } = written;
        public ITextEncoder? Base { get; } = baseEncoder;
        public bool Kept { get; set; }
    }
}
