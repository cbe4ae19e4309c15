using System.Text;
using ColdStart.Data.Import;
using ColdStart.Engine.Domain;
using ColdStart.Workbench.Datasets;

namespace ColdStart.Tests.Shared;

/// <summary>
/// A tiny furniture shop in the generic CSV format, counted by hand: 4 items (D-4 has no events, so 1 new item),
/// 2 users, 6 events (rating 5 becomes a purchase, rating 3 a view at the default threshold of 4).
/// </summary>
internal static class ShopCsv
{
    public const string Items = """
        id,title,description,category,tags,price,launch_date
        D-1,Oak desk,A solid oak writing desk.,Furniture > Office > Desk,oak|office,249,2025-02-01
        D-2,Desk lamp,A warm LED lamp.,Furniture > Office > Lamp,light|office,39.5,2025-03-01
        D-3,Bookshelf,Five shelves of pine.,Furniture > Living > Shelf,pine,89,2025-04-01
        D-4,Standing desk,A motorised desk; nobody has seen it yet.,Furniture > Office > Desk,office|new,499,2026-01-05
        """;

    public const string Users = """
        id,age_band,region
        a,25-34,north
        b,35-44,south
        """;

    public const string Events = """
        user_id,item_id,type,timestamp,query,rating
        a,D-1,view,1767225600,,
        a,D-1,purchase,1767225700,,
        a,D-2,rating,1767225800,,5
        b,D-3,rating,1767312000,,3
        b,D-2,view,1767312100,,
        b,,search,1767312200,oak desk,
        """;

    /// <summary>events.csv with an unknown item on line 3 and a bad timestamp on line 5.</summary>
    public const string BadEvents = """
        user_id,item_id,type,timestamp,query,rating
        a,D-1,view,1767225600,,
        a,D-9,view,1767225700,,
        a,D-2,rating,1767225800,,5
        b,D-3,view,yesterday,,
        """;

    /// <summary>The three files as the upload form's slots, from memory.</summary>
    public static IReadOnlyList<UploadedFile> Uploads(string events = Events) =>
    [
        Upload("items.csv", Items),
        Upload("users.csv", Users),
        Upload("events.csv", events),
    ];

    public static UploadedFile Upload(string slot, string text, string? fileName = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text + "\n");
        return new UploadedFile(slot, fileName ?? slot, bytes.Length, (_, _) => new MemoryStream(bytes, writable: false));
    }

    /// <summary>The shop read through the real importer, named <paramref name="name"/>.</summary>
    public static Dataset Read(string name)
    {
        var folder = Directory.CreateTempSubdirectory("coldstart-shop-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "items.csv"), Items + "\n");
            File.WriteAllText(Path.Combine(folder, "users.csv"), Users + "\n");
            File.WriteAllText(Path.Combine(folder, "events.csv"), Events + "\n");
            return DatasetImporter.ImportCsv(folder, new ImportOptions(Name: name));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
