using System.Text.RegularExpressions;
using ColdStart.Engine.Domain;
using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.World;

[Collection(SmallWorldCollection.Name)]
public sealed partial class SampleItemCopyTests(SmallWorldFixture fixture)
{
    private IReadOnlyList<Item> Items => fixture.World.Dataset.Items;

    [Fact]
    public void Descriptions_have_two_or_three_sentences()
    {
        foreach (var item in Items)
        {
            var sentences = SentenceEnd().Count(item.Description);
            Assert.True(sentences is 2 or 3, $"{item.Id}: {sentences} sentences in '{item.Description}'");
            Assert.True(char.IsUpper(item.Description[0]));
            Assert.EndsWith(".", item.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Items_have_four_to_ten_distinct_lower_case_tags()
    {
        foreach (var item in Items)
        {
            Assert.InRange(item.Tags.Count, 4, 10);
            Assert.Equal(item.Tags.Count, item.Tags.Distinct().Count());
            Assert.All(item.Tags, tag => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", tag));
        }
    }

    [Fact]
    public void Ids_paths_brands_prices_and_launch_dates_are_well_formed()
    {
        Assert.Equal(Items.Count, Items.Select(i => i.Id).Distinct().Count());
        foreach (var item in Items)
        {
            Assert.Matches("^SKU-[0-9]{6}$", item.Id);
            var path = item.CategoryPath.Split(" > ");
            Assert.Equal(3, path.Length);
            Assert.Equal((item.Department, item.ProductType), (path[0], path[2]));
            Assert.StartsWith(item.Brand + " ", item.Title, StringComparison.Ordinal);
            Assert.Contains(item.ProductType, item.Title, StringComparison.Ordinal);
            Assert.True(item.Price > 0);
            Assert.True(item.LaunchDate < SampleWorld.WindowStart.AddDays(SmallWorldFixture.Options.Days));
        }
    }

    [Fact]
    public void Premium_brands_cost_more_than_budget_brands_of_the_same_type()
    {
        var relative = Items.Select(item =>
        {
            var (department, type) = SampleCatalog.FindType(item.ProductType)!.Value;
            var tier = department.Brands.Single(b => b.Name == item.Brand).Tier;
            return (Tier: tier, Ratio: item.Price / type.BasePrice);
        }).ToList();

        var premium = relative.Where(r => r.Tier == BrandTier.Premium).Average(r => r.Ratio);
        var budget = relative.Where(r => r.Tier == BrandTier.Budget).Average(r => r.Ratio);

        Assert.True(premium > 2 * budget, $"premium {premium:F2} vs budget {budget:F2} of base price");
    }

    [Fact]
    public void Items_of_a_type_share_more_words_than_items_of_different_departments()
    {
        var words = Items.Select(i => Words(i.Text)).ToArray();
        double sameType = 0, otherDepartment = 0;
        int sameCount = 0, otherCount = 0;
        for (var i = 0; i < 400; i++)
            for (var j = i + 1; j < 400; j++)
            {
                var overlap = Jaccard(words[i], words[j]);
                if (Items[i].ProductType == Items[j].ProductType) { sameType += overlap; sameCount++; }
                else if (Items[i].Department != Items[j].Department) { otherDepartment += overlap; otherCount++; }
            }

        Assert.True(sameCount > 50);
        Assert.True(sameType / sameCount > 3 * (otherDepartment / otherCount),
            $"same type {sameType / sameCount:F3} vs other department {otherDepartment / otherCount:F3}");
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 3).ToHashSet();

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = 0;
        foreach (var word in a)
            if (b.Contains(word)) shared++;
        return shared / (double)(a.Count + b.Count - shared);
    }

    [GeneratedRegex(@"[.!?](\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[a-z]+")]
    private static partial Regex WordPattern();
}
