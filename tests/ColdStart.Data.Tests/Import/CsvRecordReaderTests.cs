using ColdStart.Data.Import;

namespace ColdStart.Data.Tests.Import;

public class CsvRecordReaderTests
{
    private static List<(int Line, string[] Fields, string? Error)> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var records = new List<(int, string[], string?)>();
        while (reader.Read()) records.Add((reader.Line, reader.Fields.ToArray(), reader.Error));
        return records;
    }

    [Fact]
    public void Quoted_fields_hold_commas_doubled_quotes_and_line_breaks()
    {
        var records = ReadAll("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",x,\n");
        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b, c", "say \"hi\""], records[0].Fields);
        Assert.Equal(["multi\nline", "x", ""], records[1].Fields); // CRLF inside quotes becomes \n; trailing comma = empty field
        Assert.Equal([1, 2], records.Select(r => r.Line));
    }

    [Fact]
    public void Lines_count_physical_lines_and_blank_lines_are_skipped()
    {
        var records = ReadAll("h1,h2\n\n\"two\nlines\",1\n\r\nlast,2");
        Assert.Equal([1, 3, 6], records.Select(r => r.Line));
        Assert.Equal(["last", "2"], records[2].Fields); // no newline at the end of the input
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error_and_reading_resumes_on_the_next_line()
    {
        var records = ReadAll("\"ab\"c,d\nok,1\n");
        Assert.Contains("unexpected 'c' after the closing quote of field 1", records[0].Error, StringComparison.Ordinal);
        Assert.Equal((2, "ok", (string?)null), (records[1].Line, records[1].Fields[0], records[1].Error));
    }

    [Fact]
    public void Unterminated_quote_is_an_error_at_the_line_it_opens()
    {
        var records = ReadAll("x,1\ny,\"open\nmore\n");
        Assert.Equal(2, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.Contains("unterminated quoted field (the quote opens on line 2)", records[1].Error, StringComparison.Ordinal);
    }
}
