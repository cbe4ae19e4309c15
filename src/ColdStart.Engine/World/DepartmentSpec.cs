namespace ColdStart.Engine.World;

/// <summary>One department of the sample catalog: its brands, colour/finish accents and product types.</summary>
/// <param name="Name">Display name, e.g. "Outdoor".</param>
/// <param name="Tag">Lower-case tag every item of the department carries.</param>
/// <param name="Warranty">Durable goods whose premium copy may promise a warranty.</param>
/// <param name="Brands">Brands, at least one per tier.</param>
/// <param name="Accents">Colours or finishes used in titles, tags and searches.</param>
/// <param name="Types">Product types.</param>
internal sealed record DepartmentSpec(string Name, string Tag, bool Warranty, BrandSpec[] Brands, string[] Accents, ProductTypeSpec[] Types);
