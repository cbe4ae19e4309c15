namespace ColdStart.Engine.World;

/// <summary>When sessions happen: more at weekends, a gentle growth over the window, one sale week, evening peaks.</summary>
internal sealed class SessionCalendar
{
    /// <summary>Relative sessions per hour for hours 0–21 (sessions start by 22:00 so they end inside the day).</summary>
    private static readonly double[] HourWeights =
        [0.3, 0.15, 0.1, 0.08, 0.08, 0.15, 0.4, 0.8, 1.0, 1.1, 1.1, 1.2, 1.4, 1.3, 1.1, 1.1, 1.2, 1.4, 1.7, 2.0, 2.2, 1.9];

    private readonly WeightedTable _days;
    private readonly WeightedTable _hours = new(HourWeights);

    public SessionCalendar(int days, DateOnly start, WorldRandom random)
    {
        var weights = new double[days];
        var saleStart = (int)(days * 0.7);
        for (var d = 0; d < days; d++)
        {
            var dayOfWeek = start.AddDays(d).DayOfWeek;
            var weekend = dayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.25 : 1.0;
            var sale = d >= saleStart && d < saleStart + 5 ? 1.8 : 1.0;
            weights[d] = weekend * sale * (1.0 + 0.25 * d / days) * (0.9 + 0.2 * random.NextDouble());
        }
        _days = new WeightedTable(weights);
    }

    /// <summary>A session's day and start time in seconds since the window start.</summary>
    public (int Day, long Seconds) SessionStart(WorldRandom random)
    {
        var day = _days.Sample(random);
        var seconds = day * 86400L + _hours.Sample(random) * 3600L + random.Next(3600);
        return (day, seconds);
    }
}
