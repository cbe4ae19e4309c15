using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.World;

public sealed class WeightedTableTests
{
    [Fact]
    public void Draws_follow_the_weights_and_never_pick_zero_weights()
    {
        var table = new WeightedTable([0, 1, 0, 3, 0]);
        var random = new WorldRandom(5);
        var counts = new int[5];

        for (var k = 0; k < 40000; k++) counts[table.Sample(random)]++;

        Assert.Equal(0, counts[0] + counts[2] + counts[4]);
        Assert.InRange(counts[3] / (double)counts[1], 2.8, 3.2);
    }

    [Fact]
    public void Negative_or_all_zero_weights_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new WeightedTable([1, -1]));
        Assert.Throws<ArgumentException>(() => new WeightedTable([0, 0]));
    }

    [Fact]
    public void Same_seed_and_stream_repeat_and_other_streams_differ()
    {
        var a = new WorldRandom(9, 1);
        var b = new WorldRandom(9, 1);
        var c = new WorldRandom(9, 2);

        var first = Enumerable.Range(0, 8).Select(_ => a.NextUInt64()).ToArray();

        Assert.Equal(first, Enumerable.Range(0, 8).Select(_ => b.NextUInt64()));
        Assert.NotEqual(first, Enumerable.Range(0, 8).Select(_ => c.NextUInt64()));
    }

    [Fact]
    public void Next_stays_in_range_and_covers_it()
    {
        var random = new WorldRandom(3);
        var seen = new bool[7];

        for (var k = 0; k < 1000; k++) seen[random.Next(7)] = true;

        Assert.All(seen, Assert.True);
    }
}
