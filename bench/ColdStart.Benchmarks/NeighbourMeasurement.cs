using System.Diagnostics;
using ColdStart.Engine.Lexical;
using ColdStart.Engine.Neighbours;

namespace ColdStart.Benchmarks;

/// <summary>
/// The <c>neighbours</c> verb: builds the item-to-item neighbour model and the TF-IDF index of a synthetic catalog
/// (see <see cref="SyntheticCatalog.Shoppers"/>: items/4 shoppers with 8 items each) at the given sizes and prints wall
/// time and the bytes they hold, e.g. <c>-- neighbours 100000 1000000</c>.
/// </summary>
internal static class NeighbourMeasurement
{
    public const string Verb = "neighbours";

    public static int Run(IReadOnlyList<int> sizes)
    {
        foreach (int items in sizes)
        {
            var random = new Random(17);
            var cold = new bool[items];
            var shoppers = SyntheticCatalog.Shoppers(items, random, cold);
            foreach (int top in (int[])[50, 20])
            {
                var clock = Stopwatch.StartNew();
                var model = ItemNeighbours.Build(shoppers, new NeighbourOptions(Neighbours: top));
                Console.WriteLine($"{items:N0} items, {shoppers.Count:N0} interactions: neighbours (top {top}) built in {clock.Elapsed.TotalSeconds:0.00} s, " +
                    $"{model.Pairs:N0} pairs, {model.Bytes / 1048576.0:0.0} MiB");
            }
            var texts = SyntheticCatalog.Items(items, random, varied: true);
            var lexicalClock = Stopwatch.StartNew();
            var lexical = LexicalIndex.Build(texts);
            Console.WriteLine($"{items:N0} items: TF-IDF index built in {lexicalClock.Elapsed.TotalSeconds:0.00} s, {lexical.Terms:N0} terms");
        }
        return 0;
    }
}
