namespace ColdStart.Engine.Domain;

/// <summary>Attribute names used by the sample world and by personas.</summary>
public static class UserAttributes
{
    public const string AgeBand = "age_band";
    public const string Gender = "gender";
    public const string Region = "region";
    public const string Device = "device";
    public const string Channel = "channel";
    public const string Tier = "tier";

    /// <summary>All sample-world attribute names, in display order.</summary>
    public static readonly IReadOnlyList<string> All = [AgeBand, Gender, Region, Device, Channel, Tier];

    /// <summary>Allowed values per attribute in the sample world (imports may bring others).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Values = new Dictionary<string, IReadOnlyList<string>>
    {
        [AgeBand] = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"],
        [Gender] = ["female", "male", "other"],
        [Region] = ["north", "south", "east", "west", "central", "islands"],
        [Device] = ["mobile", "desktop", "tablet", "app"],
        [Channel] = ["organic", "paid-search", "social", "email", "affiliate", "direct"],
        [Tier] = ["guest", "basic", "plus", "premium"],
    };
}
