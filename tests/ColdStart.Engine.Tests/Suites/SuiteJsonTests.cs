using ColdStart.Engine.Suites;

namespace ColdStart.Engine.Tests.Suites;

public sealed class SuiteJsonTests
{
    [Fact]
    public void Export_then_import_gives_the_same_suite_for_every_kind()
    {
        var suite = new Suite("Launch checks", "Balanced",
        [
            new ItemInTop("Parent", 10, "SKU-1"), new ItemNotInTop("Parent", 10, "SKU-2"), new NewItemShare("Runner", 20, 0.25),
            new DistinctDepartments("Runner", 10, 3), new BrandShare("Parent", 10, 0.4), new ReferenceOverlap("Parent", 10, ["SKU-1", "SKU-3"], 0.5),
            new DepartmentInTop("Runner", 5, "Outdoor"), new TagInTop("Parent", 5, "eco"),
        ]);

        var json = SuiteJson.Export(suite);
        var back = SuiteJson.Import(json);

        Assert.Contains("\"kind\": \"reference-overlap\"", json, StringComparison.Ordinal);
        Assert.Equal(suite.Name, back.Name);
        Assert.Equal(suite.Strategy, back.Strategy);
        Assert.Equal(suite.Expectations.Select(e => e.Sentence), back.Expectations.Select(e => e.Sentence));
        Assert.Equal(["SKU-1", "SKU-3"], ((ReferenceOverlap)back.Expectations[5]).ReferenceItemIds);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_naming_its_field()
    {
        const string json = """
            {
              "name": "",
              "strategy": "Balanced",
              "colour": "red",
              "expectations": [
                { "kind": "item-in-top", "persona": "Parent", "topN": 0, "itemId": "SKU-1" },
                { "kind": "teleport", "persona": "Parent", "topN": 5 },
                { "kind": "new-item-share", "persona": "Parent", "topN": 5 },
                { "persona": "Parent", "kind": "tag-in-top", "topN": "five", "tag": "eco" },
                { "kind": "brand-share", "persona": "Parent", "topN": 5, "maxShare": 0.4, "extra": 1 }
              ]
            }
            """;

        var error = Assert.Throws<SuiteFormatException>(() => SuiteJson.Import(json));

        Assert.Contains("name: a non-empty text is required.", error.Errors);
        Assert.Contains("colour: unknown field; a suite has name, strategy and expectations.", error.Errors);
        Assert.Contains("expectations[0].topN: must be between 1 and 200 (got 0).", error.Errors);
        Assert.Contains(error.Errors, e => e.StartsWith("expectations[1].kind: unknown kind 'teleport'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("expectations[2]", StringComparison.Ordinal) && e.Contains("minShare", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("expectations[3].topN:", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("expectations[4]", StringComparison.Ordinal) && e.Contains("extra", StringComparison.Ordinal));
        Assert.Equal(7, error.Errors.Count);
    }

    [Fact]
    public void Broken_JSON_names_the_line()
    {
        var error = Assert.Throws<SuiteFormatException>(() => SuiteJson.Import("{\n  \"name\": \"x\",\n  oops\n}"));

        Assert.StartsWith("line 3: not valid JSON", Assert.Single(error.Errors), StringComparison.Ordinal);
    }
}
