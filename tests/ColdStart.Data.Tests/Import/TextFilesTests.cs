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
    public void A_file_with_no_utf8_in_it_is_latin1_even_when_the_invalid_byte_comes_late()
    {
        var padding = Enumerable.Repeat((byte)'a', 100_000).ToArray();
        var text = ReadAll("late.csv", "id\n"u8.ToArray(), padding, [0xE9]);
        Assert.Equal('\u00e9', text[^1]);
        Assert.Equal("caf\u00c3", ReadAll("cut.csv", [.. "caf"u8, 0xC3])); // a sequence cut off at the end is not UTF-8
    }

    [Fact]
    public void An_invalid_byte_in_a_file_that_is_utf8_elsewhere_is_refused_at_its_line()
    {
        var padding = Enumerable.Repeat((byte)'a', 100_000).ToArray(); // the bad byte lies beyond the first read buffer
        var withBom = Assert.Throws<ImportException>(() => ReadAll("bom.csv", ImportFolder.Utf8Bom, "id\n"u8.ToArray(), padding, "\nx"u8.ToArray(), [0xE9]));
        Assert.Equal(("bom.csv", 3), (withBom.Errors[0].File, withBom.Errors[0].Line));
        Assert.Contains("0xE9 is not valid UTF-8", withBom.Errors[0].Message, StringComparison.Ordinal);

        var mixed = Assert.Throws<ImportException>(() => ReadAll("mixed.csv", "id\nCr\u00e8me\n"u8.ToArray(), [.. "br"u8, 0xFB, .. "l\n"u8]));
        Assert.Equal(("mixed.csv", 3), (mixed.Errors[0].File, mixed.Errors[0].Line));
    }

    [Fact]
    public void A_nul_byte_is_refused_at_its_line_in_utf8_and_latin1_files()
    {
        var utf8 = Assert.Throws<ImportException>(() => ReadAll("nul.csv", "id\nA\n"u8.ToArray(), [(byte)'B', 0x00, (byte)'\n']));
        Assert.Equal(("nul.csv", 3), (utf8.Errors[0].File, utf8.Errors[0].Line));
        Assert.Contains("NUL byte", utf8.Errors[0].Message, StringComparison.Ordinal);

        var latin1 = Assert.Throws<ImportException>(() => ReadAll("nul1.csv", [0x00, 0xE9, (byte)'\n']));
        Assert.Equal(1, latin1.Errors[0].Line);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_still_read()
    {
        Assert.Equal("id,title", ReadAll("utf16.csv", Encoding.Unicode.GetPreamble(), Encoding.Unicode.GetBytes("id,title")));
    }
}
