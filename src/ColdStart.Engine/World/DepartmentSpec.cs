namespace ColdStart.Engine.World;

/// <summary>One department of the sample catalog: its brands, colour/finish accents and product types.</summary>
internal sealed record DepartmentSpec(string Name, string Tag, BrandSpec[] Brands, string[] Accents, ProductTypeSpec[] Types);
