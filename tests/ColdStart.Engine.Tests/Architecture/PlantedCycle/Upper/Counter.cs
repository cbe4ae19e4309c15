namespace ColdStart.Engine.Tests.Architecture.PlantedCycle.Upper;

/// <summary>Half of a planted namespace cycle: uses <see cref="Lower.Thing"/> only inside a method body.</summary>
internal static class Counter
{
    public const string Prefix = "ColdStart.Engine.Tests.Architecture.PlantedCycle";

    public static int Count() => new Lower.Thing().Value;
}
