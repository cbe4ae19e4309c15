using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ColdStart.Pretrained;

/// <summary>
/// Reads embedded manifest resources straight from a .NET assembly file with System.Reflection.Metadata, without loading
/// the assembly (ECMA-335 II.24.2.6: each resource is a 4-byte little-endian length followed by its bytes, at its offset
/// in the CLI header's resources directory).
/// </summary>
public static class ManifestResources
{
    /// <summary>Names of the resources embedded in <paramref name="assemblyPath"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a .NET assembly.</exception>
    public static IReadOnlyList<string> Names(string assemblyPath)
    {
        using var pe = Open(assemblyPath);
        var metadata = Metadata(pe, assemblyPath);
        return [.. metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name))];
    }

    /// <summary>The bytes of the embedded resource <paramref name="resourceName"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a .NET assembly, lacks the resource, or the resource is cut short.</exception>
    public static byte[] Read(string assemblyPath, string resourceName)
    {
        using var pe = Open(assemblyPath);
        var metadata = Metadata(pe, assemblyPath);
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!metadata.StringComparer.Equals(resource.Name, resourceName))
            {
                continue;
            }

            if (!resource.Implementation.IsNil)
            {
                throw new InvalidDataException($"Resource '{resourceName}' of '{assemblyPath}' lives in another file, not in the assembly.");
            }

            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var block = pe.GetSectionData(directory.RelativeVirtualAddress);
            var start = checked((int)resource.Offset);
            if (block.Length < directory.Size || start < 0 || start + 4 > directory.Size)
            {
                throw new InvalidDataException($"Resource '{resourceName}' of '{assemblyPath}' lies outside the file: the assembly is truncated.");
            }

            var reader = block.GetReader(start, directory.Size - start);
            var length = reader.ReadInt32();
            if (length < 0 || length > reader.RemainingBytes)
            {
                throw new InvalidDataException($"Resource '{resourceName}' of '{assemblyPath}' declares {length} bytes but only {reader.RemainingBytes} remain: the assembly is truncated.");
            }

            return reader.ReadBytes(length);
        }

        throw new InvalidDataException(
            $"Assembly '{assemblyPath}' has no resource '{resourceName}'; it has {string.Join(", ", Names(assemblyPath))}.");
    }

    private static PEReader Open(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException($"Assembly '{assemblyPath}' not found.", assemblyPath);
        }

        return new PEReader(File.OpenRead(assemblyPath));
    }

    private static MetadataReader Metadata(PEReader pe, string assemblyPath)
    {
        try
        {
            if (pe.HasMetadata && pe.PEHeaders.CorHeader is not null)
            {
                return pe.GetMetadataReader();
            }
        }
        catch (BadImageFormatException e)
        {
            throw new InvalidDataException($"'{assemblyPath}' is not a readable .NET assembly: {e.Message}", e);
        }

        throw new InvalidDataException($"'{assemblyPath}' is not a .NET assembly.");
    }
}
