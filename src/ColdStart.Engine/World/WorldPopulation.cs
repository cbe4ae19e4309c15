using ColdStart.Engine.Domain;

namespace ColdStart.Engine.World;

/// <summary>The generated users with the hidden per-user behaviour the event simulation needs.</summary>
internal sealed class WorldPopulation
{
    public required User[] Users { get; init; }

    /// <summary>Archetype index per user (into <see cref="ShopperArchetypes.All"/>).</summary>
    public required int[] Archetypes { get; init; }

    /// <summary>Relative number of sessions per user (heavy-tailed).</summary>
    public required double[] Activity { get; init; }

    /// <summary>Chance per session that the user browses a random department (off-archetype noise).</summary>
    public required double[] Noise { get; init; }

    /// <summary>Cumulative department weights, users × departments, row-major.</summary>
    public required double[] DepartmentCumulative { get; init; }

    /// <summary>Favourite brand index per department, users × departments, row-major.</summary>
    public required int[] FavouriteBrand { get; init; }

    /// <summary>Draws a department from the user's personal affinities.</summary>
    public int SampleDepartment(int user, WorldRandom random)
    {
        var departments = SampleCatalog.Departments.Count;
        var row = DepartmentCumulative.AsSpan(user * departments, departments);
        var target = random.NextDouble() * row[^1];
        for (var d = 0; d < row.Length - 1; d++)
            if (row[d] > target) return d;
        return row.Length - 1;
    }
}
