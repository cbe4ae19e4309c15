namespace ColdStart.Engine.Domain;

/// <summary>A historical shopper with categorical attributes (age band, gender, region, device, channel, tier ...).</summary>
/// <param name="Id">Stable external id.</param>
/// <param name="Attributes">Attribute name → value; names are the keys of <see cref="UserAttributes"/> for the sample world, anything for imports.</param>
public sealed record User(string Id, IReadOnlyDictionary<string, string> Attributes);
