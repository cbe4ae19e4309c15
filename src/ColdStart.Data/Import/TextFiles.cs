using System.Text;

namespace ColdStart.Data.Import;

/// <summary>
/// Opens the text files of a dataset, whatever their encoding: a UTF-8 byte order mark is skipped; a file that is
/// valid UTF-8 is read as UTF-8, a file with no UTF-8 in it as Latin-1 (ISO-8859-1, the encoding of MovieLens 100K),
/// decided per file. A file that declares UTF-8 (a byte order mark) or holds valid multi-byte UTF-8 before an invalid
/// byte is a damaged UTF-8 file and is refused at the line of that byte; a NUL byte is refused in every file.
/// Files that start with a UTF-16 or UTF-32 byte order mark are read in that encoding.
/// </summary>
internal static class TextFiles
{
    private const int BufferSize = 1 << 16;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Also the start of the UTF-32 little-endian mark FF FE 00 00.</summary>
    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    /// <summary>The first three bytes of 00 00 FE FF.</summary>
    private static ReadOnlySpan<byte> Utf32BigEndianBom => [0x00, 0x00, 0xFE];

    /// <summary>
    /// A reader over <paramref name="path"/> positioned after any byte order mark. Throws <see cref="ImportException"/>
    /// naming the file and line of a NUL byte, or of the first invalid byte of a damaged UTF-8 file.
    /// </summary>
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

            var declaredUtf8 = head.StartsWith(Utf8Bom);
            var start = declaredUtf8 ? Utf8Bom.Length : 0;
            stream.Position = start;
            var scan = Scan(stream);
            var file = Path.GetFileName(path);
            if (scan.NulLine > 0)
                throw new ImportException(new ImportError(file, scan.NulLine, "contains a NUL byte (0x00): a text file cannot hold one; is this a binary or UTF-16 file without a byte order mark?"));
            if (scan.InvalidLine > 0 && (declaredUtf8 || scan.Utf8BeforeInvalid))
                throw new ImportException(new ImportError(file, scan.InvalidLine,
                    $"byte 0x{scan.InvalidByte:X2} is not valid UTF-8 in a file that is UTF-8 elsewhere: save the file as UTF-8 (or wholly as Latin-1 without a byte order mark)"));
            var encoding = scan.InvalidLine == 0 ? Utf8 : Encoding.Latin1;
            stream.Position = start;
            return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, BufferSize);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the rest of <paramref name="stream"/> once: the line of the first NUL byte, the line and value of the first
    /// byte that is not valid UTF-8 (a sequence cut at the end is not), and whether valid multi-byte UTF-8 came before it.
    /// Lines are counted by LF (0 = none found).
    /// </summary>
    private static Utf8Scan Scan(Stream stream)
    {
        var bytes = new byte[BufferSize];
        var chars = new char[BufferSize];
        int carry = 0, line = 1, nulLine = 0, invalidLine = 0;
        byte invalidByte = 0;
        var multiByte = false;
        while (true)
        {
            var read = stream.Read(bytes, carry, bytes.Length - carry);
            var final = read == 0;
            var span = bytes.AsSpan(0, carry + read);
            if (nulLine == 0 && span.IndexOf((byte)0) is var nul and >= 0) nulLine = line + span[..nul].Count((byte)'\n');
            var next = 0;
            if (invalidLine == 0)
            {
                var position = 0;
                while (position < span.Length)
                {
                    var status = System.Text.Unicode.Utf8.ToUtf16(span[position..], chars, out var used, out _, replaceInvalidSequences: false, isFinalBlock: final);
                    multiByte |= span.Slice(position, used).IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
                    position += used;
                    if (status == System.Buffers.OperationStatus.InvalidData)
                    {
                        invalidLine = line + span[..position].Count((byte)'\n');
                        invalidByte = span[position];
                        break;
                    }
                    if (status == System.Buffers.OperationStatus.NeedMoreData)
                    {
                        next = span.Length - position; // the start of a sequence cut by the buffer: kept for the next read
                        break;
                    }
                    if (status == System.Buffers.OperationStatus.Done) break;
                }
            }

            line += span[..(span.Length - next)].Count((byte)'\n');
            if (final || (nulLine > 0 && invalidLine > 0)) break;
            span[(span.Length - next)..].CopyTo(bytes);
            carry = next;
        }

        return new Utf8Scan(nulLine, invalidLine, invalidByte, multiByte);
    }

    private readonly record struct Utf8Scan(int NulLine, int InvalidLine, byte InvalidByte, bool Utf8BeforeInvalid);
}
