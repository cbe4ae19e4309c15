using ColdStart.Engine.Suites;

namespace ColdStart.Engine.Tests.Suites;

/// <summary>A hand-made top-5 list to check expectations against by hand.</summary>
internal static class SuiteLists
{
    /// <summary>
    /// #1 SKU-1 Outdoor/Alpina [camping] new; #2 SKU-2 Outdoor/Alpina [camping, cooking]; #3 SKU-3 Fashion/Nordwear [summer];
    /// #4 SKU-4 Kitchen/Brava [coffee] new; #5 SKU-5 Outdoor/Alpina [camping, new].
    /// </summary>
    public static PersonaList Parent() => new("Parent",
    [
        new(1, "SKU-1", "Trail tent", "Outdoor", "Alpina", ["camping"], true),
        new(2, "SKU-2", "Camp stove", "Outdoor", "Alpina", ["camping", "cooking"], false),
        new(3, "SKU-3", "Linen shirt", "Fashion", "Nordwear", ["summer"], false),
        new(4, "SKU-4", "Espresso maker", "Kitchen", "Brava", ["coffee"], true),
        new(5, "SKU-5", "Ultralight tent", "Outdoor", "Alpina", ["camping", "new"], false),
    ]);
}
