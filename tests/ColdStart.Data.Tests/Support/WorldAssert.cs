using ColdStart.Engine.Domain;

namespace ColdStart.Data.Tests.Support;

/// <summary>Field-by-field dataset equality (records holding lists compare lists by reference).</summary>
public static class WorldAssert
{
    public static void Same(Dataset expected, Dataset actual)
    {
        Assert.Equal(expected.Items.Count, actual.Items.Count);
        for (var i = 0; i < expected.Items.Count; i++)
        {
            var (e, a) = (expected.Items[i], actual.Items[i]);
            Assert.Equal(e with { Tags = [] }, a with { Tags = [] });
            Assert.Equal(e.Tags, a.Tags);
        }
        Assert.Equal(expected.Users.Count, actual.Users.Count);
        for (var i = 0; i < expected.Users.Count; i++)
        {
            Assert.Equal(expected.Users[i].Id, actual.Users[i].Id);
            Assert.Equal(
                expected.Users[i].Attributes.OrderBy(p => p.Key, StringComparer.Ordinal),
                actual.Users[i].Attributes.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
        Assert.Equal(expected.Events, actual.Events);
    }
}
