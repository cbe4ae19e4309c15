using System.Runtime.InteropServices;

namespace ColdStart.Engine.Text;

/// <summary>
/// Finds out, before ONNX Runtime is asked, whether the native libraries its CUDA provider loads are on this machine, so
/// that a machine without CUDA gets one clear line instead of ONNX Runtime's native "failed to load shared library" error.
/// </summary>
/// <remarks>
/// ONNX Runtime 1.32's CUDA provider is built against CUDA 13 and cuDNN 9. <see cref="System"/> asks the OS loader
/// (<see cref="NativeLibrary.TryLoad(string, out IntPtr)"/>: LD_LIBRARY_PATH and the ldconfig cache on Linux, PATH on
/// Windows); tests pass a function that simulates present or absent libraries.
/// </remarks>
/// <param name="canLoad">Whether the library with this file name can be loaded.</param>
public sealed class CudaLibraryProbe(Func<string, bool> canLoad)
{
    /// <summary>Probes the real OS loader.</summary>
    public static CudaLibraryProbe System { get; } = new(TryLoad);

    /// <summary>
    /// The libraries the CUDA provider needs on this OS: the driver, the CUDA 13 runtime, cuBLAS, cuBLASLt and cuRAND (the
    /// dynamic dependencies of libonnxruntime_providers_cuda.so 1.32.0, read with <c>readelf -d</c>) and cuDNN 9 (loaded by it).
    /// </summary>
    public static IReadOnlyList<string> RequiredLibraries { get; } = OperatingSystem.IsWindows()
        ? ["nvcuda.dll", "cudart64_13.dll", "cublas64_13.dll", "cublasLt64_13.dll", "curand64_10.dll", "cudnn64_9.dll"]
        : ["libcuda.so.1", "libcudart.so.13", "libcublas.so.13", "libcublasLt.so.13", "libcurand.so.10", "libcudnn.so.9"];

    /// <summary>The required libraries that cannot be loaded; empty when CUDA looks usable.</summary>
    public IReadOnlyList<string> FindMissing() => [.. RequiredLibraries.Where(name => !canLoad(name))];

    private static bool TryLoad(string name)
    {
        if (!NativeLibrary.TryLoad(name, out var handle))
        {
            return false;
        }

        NativeLibrary.Free(handle);
        return true;
    }
}
