using System.Globalization;
using System.Text;

namespace ColdStart.Workbench.Tests.Cli;

/// <summary>
/// A tiny MovieLens-latest folder with planted taste: 60 movies in three genres, 45 users who each rate ten movies
/// of their genre 4–5 stars and two others 2 stars, one rating per minute.
/// </summary>
internal sealed class PlantedMovieLens : IDisposable
{
    public const int Movies = 60;
    private static readonly string[] Genres = ["Comedy", "Horror", "Western"];

    private PlantedMovieLens()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coldstart-eval-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static PlantedMovieLens Write()
    {
        var folder = new PlantedMovieLens();
        var movies = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m <= Movies; m++)
            movies.Append(CultureInfo.InvariantCulture, $"{m},{Genres[m % 3]} film {m} ({1980 + m}),{Genres[m % 3]}\n");
        var ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        var random = new Random(4);
        long time = 1_000_000_000;
        for (int u = 1; u <= 45; u++)
        {
            int genre = u % 3;
            foreach (int m in Enumerable.Range(1, Movies).Where(m => m % 3 == genre).OrderBy(_ => random.Next()).Take(10))
                ratings.Append(CultureInfo.InvariantCulture, $"{u},{m},{4 + random.Next(2)},{time += 60}\n");
            foreach (int m in Enumerable.Range(1, Movies).Where(m => m % 3 != genre).OrderBy(_ => random.Next()).Take(2))
                ratings.Append(CultureInfo.InvariantCulture, $"{u},{m},2,{time += 60}\n");
        }
        File.WriteAllText(System.IO.Path.Combine(folder.Path, "movies.csv"), movies.ToString());
        File.WriteAllText(System.IO.Path.Combine(folder.Path, "ratings.csv"), ratings.ToString());
        return folder;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
