using System.Numerics.Tensors;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Personas;

/// <summary>
/// The maths of the profile panel: nearest items of a vector by cosine over a <see cref="VectorSpace"/>, nearest
/// departments (cosine against the mean vector of each department's items), the top tags among the nearest items,
/// and the blue-white-red colour of a heat-strip cell.
/// </summary>
public sealed class ProfileInsight(IReadOnlyList<Item> items)
{
    public const int TopItems = 5;
    public const int TopDepartments = 5;
    public const int TopTags = 8;
    public const int TagNeighbourhood = 50;

    /// <summary>Describes <paramref name="vector"/> against the item rows of <paramref name="space"/> (one row per item).</summary>
    public VectorInsight Describe(string name, float[] vector, VectorSpace space)
    {
        ArgumentNullException.ThrowIfNull(vector);
        ArgumentNullException.ThrowIfNull(space);
        if (space.Count != items.Count)
            throw new ArgumentException($"The {name} space has {space.Count} rows but the catalog has {items.Count} items.", nameof(space));
        if (space.Dimension != vector.Length)
            throw new ArgumentException($"The {name} vector has {vector.Length} components but the space has {space.Dimension}.", nameof(vector));
        float maxAbs = vector.Length == 0 ? 0 : TensorPrimitives.MaxMagnitude(vector);
        maxAbs = Math.Abs(maxAbs);
        if (maxAbs == 0) return new VectorInsight(name, vector, 0, [], [], []);
        var cosines = Cosines(vector, space);
        var order = Ranked(cosines);
        var nearest = order.Take(TopItems).Select(i => new InsightEntry(items[i].Title, items[i].Id, cosines[i])).ToList();
        return new VectorInsight(name, vector, maxAbs, nearest, NearestDepartments(vector, space), FrequentTags(order));
    }

    /// <summary>Cosine of <paramref name="vector"/> with every row; 0 for zero rows.</summary>
    public static float[] Cosines(ReadOnlySpan<float> vector, VectorSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var result = new float[space.Count];
        float queryNorm = TensorPrimitives.Norm(vector);
        if (queryNorm == 0) return result;
        for (int i = 0; i < space.Count; i++)
        {
            var row = space.Row(i);
            float rowNorm = TensorPrimitives.Norm(row);
            result[i] = rowNorm == 0 ? 0 : TensorPrimitives.Dot(vector, row) / (queryNorm * rowNorm);
        }
        return result;
    }

    /// <summary>CSS colour of a heat-strip cell: blue for −<paramref name="maxAbs"/>, white for 0, red for +<paramref name="maxAbs"/>.</summary>
    public static string HeatColor(float value, float maxAbs)
    {
        float t = maxAbs <= 0 || !float.IsFinite(value) ? 0 : Math.Clamp(value / maxAbs, -1f, 1f);
        int fade = (int)Math.Round(255 * (1 - Math.Abs(t)));
        return t >= 0 ? $"rgb(255,{fade},{fade})" : $"rgb({fade},{fade},255)";
    }

    private static int[] Ranked(float[] scores)
    {
        var order = new int[scores.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        var keys = new float[scores.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = -scores[i];
        Array.Sort(keys, order);
        return order;
    }

    private List<InsightEntry> NearestDepartments(float[] vector, VectorSpace space)
    {
        var sums = new Dictionary<string, (float[] Sum, int Count)>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            var department = items[i].Department;
            if (!sums.TryGetValue(department, out var entry)) entry = (new float[space.Dimension], 0);
            TensorPrimitives.Add(entry.Sum, space.Row(i), entry.Sum);
            sums[department] = (entry.Sum, entry.Count + 1);
        }
        float queryNorm = TensorPrimitives.Norm(vector);
        var result = new List<InsightEntry>(sums.Count);
        foreach (var (department, (sum, count)) in sums)
        {
            float norm = TensorPrimitives.Norm(sum);
            float cosine = norm == 0 ? 0 : TensorPrimitives.Dot(vector, sum) / (queryNorm * norm);
            result.Add(new InsightEntry(department, $"{count} items", cosine));
        }
        return [.. result.OrderByDescending(e => e.Score).ThenBy(e => e.Label, StringComparer.Ordinal).Take(TopDepartments)];
    }

    private List<InsightEntry> FrequentTags(int[] order)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int neighbourhood = Math.Min(TagNeighbourhood, order.Length);
        for (int n = 0; n < neighbourhood; n++)
        {
            foreach (var tag in items[order[n]].Tags) counts[tag] = counts.GetValueOrDefault(tag) + 1;
        }
        return
        [
            .. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(TopTags)
                .Select(c => new InsightEntry(c.Key, $"{c.Value} of the nearest {neighbourhood} items", c.Value)),
        ];
    }
}
