namespace ColdStart.Engine.Tests.Architecture.PlantedCycle.Lower;

/// <summary>The other half of a planted namespace cycle: uses <see cref="Upper.Counter"/> only inside a lambda.</summary>
internal sealed class Thing
{
    public int Value { get; } = 1;

    public static Func<int> Later() => () => Upper.Counter.Count();
}
