using ColdStart.Engine.Scoring;
using static ColdStart.Engine.Tests.Scoring.ScoringFixture;

namespace ColdStart.Engine.Tests.Scoring;

public class RuleTests
{
    [Fact]
    public void Pin_places_the_item_at_its_position()
    {
        var catalog = Catalog(300);
        var baseline = new Scorer(catalog).Rank(Profile(), Strategy(), 300);
        var last = baseline.Items[^1].Item.Id;
        var result = new Scorer(catalog).Rank(Profile(), Strategy(rules: new PinRule(last, 3)), 10);
        Assert.Equal(last, result.Items[2].Item.Id);
        Assert.True(result.Items[2].Pinned);
        Assert.Contains("Pinned at position 3", result.Items[2].Explanation.RulesFired);
        Assert.Equal(10, result.Items.Count);
        Assert.Equal(Enumerable.Range(1, 10), result.Items.Select(i => i.Rank));
        Assert.Equal(baseline.Items.Take(9).Select(i => i.Index), result.Items.Where(i => !i.Pinned).Select(i => i.Index));
    }

    [Fact]
    public void Department_filter_excludes_other_departments()
    {
        var result = new Scorer(Catalog(300)).Rank(Profile(), Strategy(rules: new DepartmentFilter(["garden", "Toys"])), 40);
        Assert.All(result.Items, i => Assert.Contains(i.Item.Department, new[] { "Garden", "Toys" }));
        Assert.Equal(150, result.Candidates);
        var excluded = new Scorer(Catalog(300)).Rank(Profile(), Strategy(rules: new DepartmentFilter(["Garden"], Exclude: true)), 40);
        Assert.DoesNotContain(excluded.Items, i => i.Item.Department == "Garden");
    }

    [Fact]
    public void Price_filter_keeps_only_items_within_the_range()
    {
        var result = new Scorer(Catalog(300)).Rank(Profile(), Strategy(rules: new PriceFilter(20, 40)), 30);
        Assert.All(result.Items, i => Assert.InRange(i.Item.Price, 20f, 40f));
    }

    [Fact]
    public void Bury_moves_tagged_items_down_and_boost_moves_them_up()
    {
        var catalog = Catalog(400);
        static double MeanRankOf(RankResult r, string tag) =>
            r.Items.Select((item, i) => (item, i)).Where(x => x.item.Item.Tags.Contains(tag)).Select(x => (double)x.i).DefaultIfEmpty(1000).Average();
        var plain = new Scorer(catalog).Rank(Profile(), Strategy(), 400);
        var buried = new Scorer(catalog).Rank(Profile(), Strategy(rules: new TagRule("sale", -2f)), 400);
        var boosted = new Scorer(catalog).Rank(Profile(), Strategy(rules: new TagRule("sale", 2f)), 400);
        Assert.True(MeanRankOf(buried, "sale") > MeanRankOf(plain, "sale") + 50);
        Assert.True(MeanRankOf(boosted, "sale") < MeanRankOf(plain, "sale") - 50);
        var top = boosted.Items[0];
        Assert.Contains("sale", top.Item.Tags);
        Assert.Contains(top.Explanation.Parts, p => p.Name == "Rule: boost tag 'sale'" && p.Value == 2f);
    }

    [Fact]
    public void Unknown_tag_and_department_are_ignored_with_warnings()
    {
        var catalog = Catalog(200);
        var plain = new Scorer(catalog).Rank(Profile(), Strategy(), 10);
        var result = new Scorer(catalog).Rank(Profile(),
            Strategy(rules: [new TagRule("no-such-tag", 3), new DepartmentFilter(["Atlantis"]), new PinRule("SKU-999999", 1)]), 10);
        Assert.Equal(plain.Items.Select(i => i.Index), result.Items.Select(i => i.Index));
        Assert.Contains(result.Warnings, w => w.Contains("'no-such-tag'"));
        Assert.Contains(result.Warnings, w => w.Contains("'Atlantis'"));
        Assert.Contains(result.Warnings, w => w.Contains("'SKU-999999'"));
    }

    [Fact]
    public void Exclude_seen_drops_seed_items()
    {
        var catalog = Catalog(200);
        var plain = new Scorer(catalog).Rank(Profile(), Strategy(), 5);
        var seen = plain.Items.Take(2).Select(i => i.Index).ToArray();
        var result = new Scorer(catalog).Rank(Profile(seen: seen), Strategy(rules: new ExcludeSeenRule()), 5);
        Assert.DoesNotContain(result.Items, i => seen.Contains(i.Index));
        Assert.Equal(plain.Items[2].Index, result.Items[0].Index);
        Assert.Equal(198, result.Candidates);
    }

    [Fact]
    public void Matched_tags_and_terms_come_from_the_profile_words()
    {
        var result = new Scorer(Catalog(300)).Rank(Profile(), Strategy(rules: new TagRule("eco", 5)), 5);
        var first = result.Items[0];
        Assert.Contains("eco", first.Explanation.MatchedTags);
        Assert.Contains("thing", first.Explanation.MatchedTerms);
    }

    [Fact]
    public void An_item_rule_buries_that_item_alone_and_leaves_the_others_in_order()
    {
        var catalog = Catalog(300);
        var plain = new Scorer(catalog).Rank(Profile(), Strategy(), 40);
        var second = plain.Items[1];

        var buried = new Scorer(catalog).Rank(Profile(), Strategy(rules: new ItemRule(second.Item.Id, -2f)), 40);

        int after = buried.Items.ToList().FindIndex(i => i.Index == second.Index);
        Assert.True(after == -1 || after > 1, $"the buried item is still at #{after + 1}");
        Assert.Equal(plain.Items.Where(i => i.Index != second.Index).Select(i => i.Index).Take(30), buried.Items.Where(i => i.Index != second.Index).Select(i => i.Index).Take(30));
        var boosted = new Scorer(catalog).Rank(Profile(), Strategy(rules: new ItemRule(plain.Items[30].Item.Id, 5f)), 40);
        Assert.Equal(plain.Items[30].Index, boosted.Items[0].Index);
        Assert.Contains(boosted.Items[0].Explanation.Parts, p => p.Name == $"Rule: boost item {plain.Items[30].Item.Id}" && p.Value == 5f);
        Assert.DoesNotContain(boosted.Items[1].Explanation.Parts, p => p.Name.StartsWith("Rule:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_department_rule_buries_a_department_without_filtering_it()
    {
        var catalog = Catalog(400);
        var plain = new Scorer(catalog).Rank(Profile(), Strategy(), 400);
        var buried = new Scorer(catalog).Rank(Profile(), Strategy(rules: new DepartmentRule("garden", -3f)), 400);
        static double MeanRank(RankResult r) => r.Items.Select((item, i) => (item, i)).Where(x => x.item.Item.Department == "Garden").Average(x => (double)x.i);

        Assert.Equal(plain.Candidates, buried.Candidates);
        Assert.True(MeanRank(buried) > MeanRank(plain) + 50);
        Assert.Contains(buried.Items.First(i => i.Item.Department == "Garden").Explanation.RulesFired, f => f == "Buried by department 'Garden' (-3)");
    }

    [Fact]
    public void Unknown_items_brands_and_departments_of_score_rules_are_ignored_with_warnings()
    {
        var catalog = Catalog(200);
        var plain = new Scorer(catalog).Rank(Profile(), Strategy(), 10);
        var result = new Scorer(catalog).Rank(Profile(),
            Strategy(rules: [new ItemRule("SKU-999999", -1), new BrandRule("Acme", 2), new DepartmentRule("Atlantis", 1), new ItemRule(plain.Items[0].Item.Id, float.NaN)]), 10);

        Assert.Equal(plain.Items.Select(i => i.Index), result.Items.Select(i => i.Index));
        Assert.Contains(result.Warnings, w => w.Contains("unknown item 'SKU-999999'", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("Brand rule 'Acme' ignored", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("unknown department 'Atlantis'", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("strength must be a finite number", StringComparison.Ordinal));
    }

    [Fact]
    public void A_brand_rule_applies_to_every_item_of_the_brand()
    {
        var result = new Scorer(Catalog(100)).Rank(Profile(), Strategy(rules: new BrandRule("brand", 0.5f)), 5);

        Assert.All(result.Items, i => Assert.Contains(i.Explanation.Parts, p => p.Name == "Rule: boost brand 'brand'" && p.Value == 0.5f));
    }
}
