using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Tests.Domain;

public sealed class PersonaValidatorTests
{
    private static readonly Persona Valid = new(
        "Budget student",
        new Dictionary<string, string> { [UserAttributes.AgeBand] = "18-24", [UserAttributes.Device] = "mobile", ["shoe_size"] = "44" },
        "cheap snacks, desk lamp",
        ["SKU-1"],
        ["usb cable"],
        BudgetMin: 0,
        BudgetMax: 40);

    [Fact]
    public void A_complete_persona_with_known_values_has_no_errors()
    {
        Assert.Empty(PersonaValidator.Validate(Valid));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_name_is_required(string name)
    {
        var errors = PersonaValidator.Validate(Valid with { Name = name });

        Assert.Equal("Name is required.", Assert.Single(errors, e => e.Key == PersonaValidator.NameField).Value);
    }

    [Fact]
    public void A_name_of_81_characters_is_too_long_and_80_is_fine()
    {
        Assert.Contains(PersonaValidator.NameField, PersonaValidator.Validate(Valid with { Name = new string('a', 81) }).Keys);
        Assert.Empty(PersonaValidator.Validate(Valid with { Name = new string('a', 80) }));
    }

    [Fact]
    public void An_unknown_value_of_a_sample_attribute_names_the_attribute_and_the_allowed_values()
    {
        var attributes = new Dictionary<string, string> { [UserAttributes.Region] = "mars" };

        var errors = PersonaValidator.Validate(Valid with { Attributes = attributes });

        var message = Assert.Single(errors, e => e.Key == UserAttributes.Region).Value;
        Assert.Contains("'mars'", message);
        Assert.Contains("north", message);
    }

    [Fact]
    public void Budget_minimum_above_maximum_is_reported_on_the_maximum()
    {
        var errors = PersonaValidator.Validate(Valid with { BudgetMin = 50, BudgetMax = 20 });

        Assert.Equal([PersonaValidator.BudgetMaxField], errors.Keys);
    }

    [Fact]
    public void A_negative_budget_is_rejected()
    {
        var errors = PersonaValidator.Validate(Valid with { BudgetMin = -1, BudgetMax = null });

        Assert.Equal([PersonaValidator.BudgetMinField], errors.Keys);
    }

    [Fact]
    public void Eleven_seed_items_and_eleven_searches_are_too_many()
    {
        var many = Enumerable.Range(1, 11).Select(i => $"SKU-{i}").ToList();

        var errors = PersonaValidator.Validate(Valid with { SeedItemIds = many, SeedSearches = many });

        Assert.Contains("(now 11)", errors[PersonaValidator.SeedItemsField]);
        Assert.Contains("(now 11)", errors[PersonaValidator.SeedSearchesField]);
    }

    [Fact]
    public void A_search_longer_than_200_characters_is_rejected()
    {
        var errors = PersonaValidator.Validate(Valid with { SeedSearches = ["tent", new string('x', 201)] });

        Assert.Contains("201", errors[PersonaValidator.SeedSearchesField]);
    }

    [Fact]
    public void Interests_longer_than_1000_characters_are_rejected()
    {
        var errors = PersonaValidator.Validate(Valid with { Interests = new string('x', 1001) });

        Assert.Equal([PersonaValidator.InterestsField], errors.Keys);
    }
}
