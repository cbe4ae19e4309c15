using Microsoft.ML.OnnxRuntime;

namespace ColdStart.Engine.Text;

/// <summary>
/// Opens ONNX Runtime sessions on the requested execution provider: <c>auto</c> tries CUDA and falls back to CPU,
/// <c>cuda</c> fails clearly when CUDA is unavailable, <c>cpu</c> uses the CPU.
/// </summary>
/// <remarks>
/// The CPU package (Microsoft.ML.OnnxRuntime) has no CUDA entry point: appending CUDA throws
/// <see cref="EntryPointNotFoundException"/>. To use a GPU, reference Microsoft.ML.OnnxRuntime.Gpu (same version)
/// instead and install CUDA 12 with cuDNN 9.
/// </remarks>
public static class ExecutionProviders
{
    public const string Cpu = "CPU";
    public const string Cuda = "CUDA";

    /// <summary>How to get CUDA; part of the error when <c>cuda</c> is demanded but unavailable.</summary>
    public const string CudaHelp =
        "Replace the Microsoft.ML.OnnxRuntime package with Microsoft.ML.OnnxRuntime.Gpu (same version) and install CUDA 12 and cuDNN 9, " +
        "or set the execution provider to \"auto\" or \"cpu\".";

    /// <summary>Creates a session for <paramref name="modelPath"/>.</summary>
    /// <param name="modelPath">ONNX model file.</param>
    /// <param name="requested"><c>auto</c>, <c>cpu</c> or <c>cuda</c> (case-insensitive).</param>
    /// <param name="active">The provider in use: <see cref="Cpu"/> or <see cref="Cuda"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="requested"/> is none of the three.</exception>
    /// <exception cref="InvalidOperationException"><c>cuda</c> was requested and CUDA is unavailable.</exception>
    /// <exception cref="InvalidDataException">ONNX Runtime cannot load the model.</exception>
    public static InferenceSession CreateSession(string modelPath, string requested, out string active)
    {
        var mode = (requested ?? string.Empty).Trim().ToLowerInvariant();
        if (mode is not ("auto" or "cpu" or "cuda"))
        {
            throw new ArgumentException($"Unknown execution provider '{requested}'. Use \"auto\", \"cpu\" or \"cuda\".", nameof(requested));
        }

        if (mode != "cpu")
        {
            var session = TryCuda(modelPath, out var failure, demanded: mode == "cuda");
            if (session is not null)
            {
                active = Cuda;
                return session;
            }

            if (mode == "cuda")
            {
                throw new InvalidOperationException($"CUDA execution provider is unavailable ({failure}). {CudaHelp}");
            }
        }

        active = Cpu;
        using var options = BaseOptions();
        return Open(modelPath, options);
    }

    private static InferenceSession? TryCuda(string modelPath, out string failure, bool demanded)
    {
        using var options = BaseOptions();
        var available = OrtEnv.Instance().GetAvailableProviders();
        if (!available.Contains("CUDAExecutionProvider"))
        {
            failure = "this ONNX Runtime build offers only " + string.Join(", ", available);
            return null;
        }

        try
        {
            options.AppendExecutionProvider_CUDA(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or OnnxRuntimeException or DllNotFoundException)
        {
            failure = e.GetType().Name + ": " + e.Message;
            return null;
        }

        try
        {
            failure = string.Empty;
            return new InferenceSession(modelPath, options);
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException)
        {
            if (demanded)
            {
                throw new InvalidOperationException($"A CUDA session for '{modelPath}' could not be created: {e.Message}. {CudaHelp}", e);
            }

            failure = e.Message;
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
