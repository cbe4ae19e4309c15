using System.Text;

namespace ColdStart.Data.Import;

/// <summary>
/// Opens the text files of a dataset, whatever their encoding: a UTF-8 byte order mark is skipped; a file that is
/// valid UTF-8 is read as UTF-8, any other as Latin-1 (ISO-8859-1, the encoding of MovieLens 100K), decided per file.
/// Files that start with a UTF-16 or UTF-32 byte order mark are read in that encoding.
/// </summary>
internal static class TextFiles
{
    private const int BufferSize = 1 << 16;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Also the start of the UTF-32 little-endian mark FF FE 00 00.</summary>
    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    /// <summary>The first three bytes of 00 00 FE FF.</summary>
    private static ReadOnlySpan<byte> Utf32BigEndianBom => [0x00, 0x00, 0xFE];

    /// <summary>A reader over <paramref name="path"/> positioned after any byte order mark.</summary>
    public static StreamReader Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize);
        try
        {
            Span<byte> head = stackalloc byte[3];
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
            stream.Position = 0;
            if (head.StartsWith(Utf16LittleEndianBom) || head.StartsWith(Utf16BigEndianBom) || head.StartsWith(Utf32BigEndianBom))
                return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize);

            var start = head.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
            stream.Position = start;
            var encoding = IsUtf8(stream) ? Utf8 : Encoding.Latin1;
            stream.Position = start;
            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, BufferSize);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>True when the rest of <paramref name="stream"/> is valid UTF-8 (a sequence cut at the end is not).</summary>
    private static bool IsUtf8(Stream stream)
    {
        var bytes = new byte[BufferSize];
        var chars = new char[StrictUtf8.GetMaxCharCount(bytes.Length)];
        var decoder = StrictUtf8.GetDecoder();
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0) decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
