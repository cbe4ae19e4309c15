using System.Text;
using ColdStart.Data.Import;

namespace ColdStart.Data.Tests.Import;

public sealed class TextFilesTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string ReadAll(string file, params byte[][] parts)
    {
        _folder.WriteBytes(file, parts);
        using var reader = TextFiles.Open(Path.Combine(_folder.Path, file));
        return reader.ReadToEnd();
    }

    [Fact]
    public void Utf8_bom_is_skipped_and_utf8_text_is_kept()
    {
        Assert.Equal("id\né", ReadAll("a.csv", ImportFolder.Utf8Bom, "id\n\u00e9"u8.ToArray()));
        Assert.Equal("", ReadAll("bom-only.csv", ImportFolder.Utf8Bom));
        Assert.Equal("", ReadAll("empty.csv"));
    }

    [Fact]
    public void A_utf8_sequence_split_across_read_buffers_is_still_utf8()
    {
        var padding = Enumerable.Repeat((byte)'a', (1 << 16) - 1).ToArray(); // é straddles the 64 KiB boundary
        var text = ReadAll("long.csv", padding, "\u00e9\u20ac"u8.ToArray());
        Assert.Equal("\u00e9\u20ac", text[^2..]);
    }

    [Fact]
    public void An_invalid_byte_anywhere_makes_the_whole_file_latin1()
    {
        var padding = Enumerable.Repeat((byte)'a', 100_000).ToArray();
        var text = ReadAll("late.csv", ImportFolder.Utf8Bom, "\u00e9"u8.ToArray(), padding, [0xE9]);
        Assert.Equal("\u00c3\u00a9", text[..2]); // the early UTF-8 é is read byte by byte, as Latin-1 does; the BOM is still skipped
        Assert.Equal('\u00e9', text[^1]);
        Assert.Equal("caf\u00c3", ReadAll("cut.csv", [.. "caf"u8, 0xC3])); // a sequence cut off at the end is not UTF-8
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_still_read()
    {
        Assert.Equal("id,title", ReadAll("utf16.csv", Encoding.Unicode.GetPreamble(), Encoding.Unicode.GetBytes("id,title")));
    }
}
