using ColdStart.Data.Import;

namespace ColdStart.Data.Tests.Import;

internal static class ImportAssert
{
    /// <summary>Asserts that <paramref name="import"/> fails, and that its errors are exactly at <paramref name="expected"/> ("file:line").</summary>
    public static ImportException FailsAt(Action import, params string[] expected)
    {
        var ex = Assert.Throws<ImportException>(import);
        var actual = ex.Errors.Select(e => $"{e.File}:{e.Line}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), actual);
        Assert.Equal(expected.Length, ex.TotalErrors);
        return ex;
    }

    /// <summary>The message of the single error at <paramref name="fileAndLine"/>.</summary>
    public static string MessageAt(ImportException ex, string fileAndLine) =>
        Assert.Single(ex.Errors, e => $"{e.File}:{e.Line}" == fileAndLine).Message;
}
