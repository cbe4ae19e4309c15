namespace ColdStart.Engine.Sensitivity;

/// <summary>An interval [<paramref name="From"/>, <paramref name="To"/>] of the swept parameter t.</summary>
public readonly record struct WeightInterval(double From, double To)
{
    public bool Contains(double t) => t >= From && t <= To;

    public override string ToString() => $"[{From:0.###}, {To:0.###}]";
}
