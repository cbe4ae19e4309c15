using ColdStart.Engine.Suites;

namespace ColdStart.Workbench.Suites;

/// <summary>The Suites page's "add an expectation" form: one kind, a persona, N and the kind's own value.</summary>
public sealed class ExpectationDraft
{
    public string Kind { get; set; } = ItemInTop.Kind;
    public string Persona { get; set; } = "";
    public int TopN { get; set; } = 10;
    public string ItemId { get; set; } = "";
    public int Percent { get; set; } = 20;
    public int Minimum { get; set; } = 2;
    public string Department { get; set; } = "";
    public string Tag { get; set; } = "";

    /// <summary>The SKUs of the saved reference list (filled from the persona's current top N).</summary>
    public IReadOnlyList<string> ReferenceItemIds { get; set; } = [];

    /// <summary>How the UI names a kind.</summary>
    public static string Label(string kind) => kind switch
    {
        ItemInTop.Kind => "SKU must be in the top N",
        ItemNotInTop.Kind => "SKU must not be in the top N",
        NewItemShare.Kind => "At least x% new items in the top N",
        DistinctDepartments.Kind => "At least d departments in the top N",
        BrandShare.Kind => "At most b% from one brand in the top N",
        ReferenceOverlap.Kind => "Overlap with a saved reference list ≥ o%",
        DepartmentInTop.Kind => "A department must rank in the top N",
        TagInTop.Kind => "A tag must rank in the top N",
        _ => kind,
    };

    /// <summary>The expectation, or the problems (each naming its field) when the form is incomplete.</summary>
    public (Expectation? Expectation, IReadOnlyList<string> Errors) Build()
    {
        Expectation expectation = Kind switch
        {
            ItemInTop.Kind => new ItemInTop(Persona, TopN, ItemId.Trim()),
            ItemNotInTop.Kind => new ItemNotInTop(Persona, TopN, ItemId.Trim()),
            NewItemShare.Kind => new NewItemShare(Persona, TopN, Percent / 100.0),
            DistinctDepartments.Kind => new DistinctDepartments(Persona, TopN, Minimum),
            BrandShare.Kind => new BrandShare(Persona, TopN, Percent / 100.0),
            ReferenceOverlap.Kind => new ReferenceOverlap(Persona, TopN, ReferenceItemIds, Percent / 100.0),
            DepartmentInTop.Kind => new DepartmentInTop(Persona, TopN, Department.Trim()),
            TagInTop.Kind => new TagInTop(Persona, TopN, Tag.Trim().ToLowerInvariant()),
            _ => throw new InvalidOperationException($"Unknown expectation kind '{Kind}'."),
        };
        var errors = expectation.Validate().ToList();
        return errors.Count == 0 ? (expectation, []) : (null, errors);
    }
}
