using ColdStart.Engine.Domain;

namespace ColdStart.Data.Import;

/// <summary>Turns raw MovieLens 100K demographics into the categorical attributes of <see cref="UserAttributes"/>.</summary>
internal static class UserDemographics
{
    /// <summary>Region of a zip code whose first character is not a digit (the Canadian postcodes of MovieLens 100K).</summary>
    public const string Abroad = "abroad";

    /// <summary>Region by the first digit of a US zip code (its national area: 0–1 north-east, 2–3 and 7 south, 4–5 north, 6 central, 8–9 west).</summary>
    private static readonly string[] RegionByFirstDigit = ["east", "east", "south", "south", "north", "north", "central", "south", "west", "west"];

    /// <summary>The age band of <see cref="UserAttributes.AgeBand"/>, with "&lt;18" below 18.</summary>
    public static string AgeBand(int age) => age switch
    {
        < 18 => "<18",
        < 25 => "18-24",
        < 35 => "25-34",
        < 45 => "35-44",
        < 55 => "45-54",
        < 65 => "55-64",
        _ => "65+",
    };

    /// <summary>"male" for M, "female" for F, otherwise "other".</summary>
    public static string Gender(string code) => code.ToUpperInvariant() switch
    {
        "M" => "male",
        "F" => "female",
        _ => "other",
    };

    /// <summary>Region from the first digit of a zip code; <see cref="Abroad"/> when it does not start with a digit.</summary>
    public static string Region(string zip) =>
        zip.Length > 0 && char.IsAsciiDigit(zip[0]) ? RegionByFirstDigit[zip[0] - '0'] : Abroad;
}
