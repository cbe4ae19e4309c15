using Microsoft.ML.OnnxRuntime;

namespace ColdStart.Engine.Text;

/// <summary>
/// Opens ONNX Runtime sessions on the requested execution provider: <c>auto</c> uses CUDA when it is usable and falls
/// back to CPU, <c>cuda</c> fails clearly when CUDA is unavailable, <c>cpu</c> uses the CPU.
/// </summary>
/// <remarks>
/// The project references Microsoft.ML.OnnxRuntime.Gpu 1.32.0: its CPU provider runs anywhere, its CUDA provider needs
/// CUDA 13 and cuDNN 9. Before ONNX Runtime is asked for CUDA, <see cref="CudaLibraryProbe"/> checks that those libraries
/// can be loaded, so a machine without them falls back with one clear note and no native error output.
/// </remarks>
public static class ExecutionProviders
{
    public const string Cpu = "CPU";
    public const string Cuda = "CUDA";

    /// <summary>How to get CUDA; part of the error when <c>cuda</c> is demanded but unavailable.</summary>
    public const string CudaHelp =
        "The CUDA provider of Microsoft.ML.OnnxRuntime.Gpu 1.32.0 needs an NVIDIA driver, CUDA 13 (libcudart.so.13, libcublas.so.13, " +
        "libcublasLt.so.13, libcurand.so.10) and cuDNN 9 (libcudnn.so.9) on the library path (ldconfig or LD_LIBRARY_PATH); " +
        "install them, or set the execution provider to \"auto\" or \"cpu\".";

    private const string CudaProviderName = "CUDAExecutionProvider";

    /// <summary>Creates a session for <paramref name="modelPath"/>, probing the real CUDA libraries.</summary>
    /// <param name="modelPath">ONNX model file.</param>
    /// <param name="requested"><c>auto</c>, <c>cpu</c> or <c>cuda</c> (case-insensitive).</param>
    /// <param name="active">The provider in use: <see cref="Cpu"/> or <see cref="Cuda"/>.</param>
    public static InferenceSession CreateSession(string modelPath, string requested, out string active) =>
        CreateSession(modelPath, requested, CudaLibraryProbe.System, out active, out _);

    /// <summary>Creates a session for <paramref name="modelPath"/>.</summary>
    /// <param name="modelPath">ONNX model file.</param>
    /// <param name="requested"><c>auto</c>, <c>cpu</c> or <c>cuda</c> (case-insensitive).</param>
    /// <param name="probe">Finds the CUDA libraries.</param>
    /// <param name="active">The provider in use: <see cref="Cpu"/> or <see cref="Cuda"/>.</param>
    /// <param name="note">One line on why this provider, e.g. why <c>auto</c> fell back to CPU.</param>
    /// <exception cref="ArgumentException"><paramref name="requested"/> is none of the three.</exception>
    /// <exception cref="InvalidOperationException"><c>cuda</c> was requested and CUDA is unavailable.</exception>
    /// <exception cref="InvalidDataException">ONNX Runtime cannot load the model.</exception>
    public static InferenceSession CreateSession(string modelPath, string requested, CudaLibraryProbe probe, out string active, out string note)
    {
        var choice = Choose(requested, probe, () => OrtEnv.Instance().GetAvailableProviders());
        note = choice.Note;
        if (choice.TryCuda)
        {
            var session = TryCuda(modelPath, choice.Demanded, out var failure);
            if (session is not null)
            {
                active = Cuda;
                return session;
            }

            note = $"CPU: ONNX Runtime could not start CUDA ({failure})";
        }

        active = Cpu;
        using var options = BaseOptions();
        return Open(modelPath, options);
    }

    /// <summary>
    /// Decides whether to ask ONNX Runtime for CUDA, from the requested mode, the libraries the probe finds and the
    /// providers this ONNX Runtime build offers (asked only when the libraries are there).
    /// </summary>
    /// <exception cref="ArgumentException">Unknown mode.</exception>
    /// <exception cref="InvalidOperationException"><c>cuda</c> was requested and CUDA is unavailable; the message names what is missing.</exception>
    public static ProviderChoice Choose(string requested, CudaLibraryProbe probe, Func<IReadOnlyCollection<string>> runtimeProviders)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(runtimeProviders);
        var mode = (requested ?? string.Empty).Trim().ToLowerInvariant();
        if (mode is not ("auto" or "cpu" or "cuda"))
        {
            throw new ArgumentException($"Unknown execution provider '{requested}'. Use \"auto\", \"cpu\" or \"cuda\".", nameof(requested));
        }

        if (mode == "cpu")
        {
            return new(false, false, "CPU (configured)");
        }

        var demanded = mode == "cuda";
        var missing = probe.FindMissing();
        if (missing.Count > 0)
        {
            var why = "CUDA libraries not found: " + string.Join(", ", missing);
            return demanded
                ? throw new InvalidOperationException($"CUDA execution provider is unavailable ({why}). {CudaHelp}")
                : new(false, false, $"CPU: {why} (install CUDA 13 and cuDNN 9 to use the GPU)");
        }

        var offered = runtimeProviders();
        if (!offered.Contains(CudaProviderName))
        {
            var why = "this ONNX Runtime build offers only " + string.Join(", ", offered);
            return demanded
                ? throw new InvalidOperationException($"CUDA execution provider is unavailable ({why}). {CudaHelp}")
                : new(false, false, "CPU: " + why);
        }

        return new(true, demanded, "CUDA");
    }

    private static InferenceSession? TryCuda(string modelPath, bool demanded, out string failure)
    {
        using var options = BaseOptions();
        try
        {
            options.AppendExecutionProvider_CUDA(0);
            failure = string.Empty;
            return new InferenceSession(modelPath, options);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or OnnxRuntimeException or DllNotFoundException)
        {
            if (demanded)
            {
                throw new InvalidOperationException($"A CUDA session for '{modelPath}' could not be created: {e.Message}. {CudaHelp}", e);
            }

            failure = e.GetType().Name + ": " + e.Message;
            return null;
        }
    }

    private static SessionOptions BaseOptions() => new()
    {
        IntraOpNumThreads = Environment.ProcessorCount,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
    };

    private static InferenceSession Open(string modelPath, SessionOptions options)
    {
        try
        {
            return new InferenceSession(modelPath, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidDataException($"ONNX Runtime cannot load the model '{modelPath}': {e.Message}", e);
        }
    }
}
