using System.Diagnostics;
using ColdStart.Engine.Lexical;
using ColdStart.Engine.Neighbours;

namespace ColdStart.Benchmarks;

/// <summary>
/// The <c>neighbours</c> verb: builds the item-to-item neighbour model and the TF-IDF index of a synthetic catalog
/// (see <see cref="SyntheticCatalog.Shoppers"/>: items/4 shoppers with 8 items each) at the given sizes and prints wall
/// time and the bytes they hold, e.g. <c>-- neighbours 100000 1000000</c>; <c>-- neighbours --ease 1000 2500 5000</c> times
/// EASE's dense solve instead (Gram matrix, factorisation, inverse, top 100 per row).
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

    public static int RunEase(IReadOnlyList<int> sizes)
    {
        foreach (int items in sizes)
        {
            var shoppers = SyntheticCatalog.Shoppers(items, new Random(17), new bool[items]);
            var clock = Stopwatch.StartNew();
            var model = ItemNeighbours.Build(shoppers, new NeighbourOptions(Neighbours: 100, Method: NeighbourMethod.Ease, Lambda: 500));
            Console.WriteLine($"{items:N0} items, {shoppers.Count:N0} interactions: EASE (λ 500, top 100) built in {clock.Elapsed.TotalSeconds:0.00} s, " +
                $"dense solve {(long)items * items * 8 / 1048576.0:0} MiB at its peak, {model.Bytes / 1048576.0:0.0} MiB kept");
        }
        return 0;
    }
}
