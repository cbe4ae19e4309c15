using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Tests.Collaborative;

/// <summary>
/// A tiny world with planted low-rank structure: items fall into <c>Clusters</c> blocks, each user belongs to one cluster
/// (set by its "taste" attribute) and interacts mostly with items of that cluster, preferring the block's first items
/// (Zipf-like), so popularity is informative but taste is more so. Cluster 0 has the most users.
/// </summary>
internal sealed class PlantedWorld
{
    public const int Clusters = 4;
    public const int ItemsPerCluster = 25;
    public const int Items = Clusters * ItemsPerCluster;

    private PlantedWorld(int[] clusterOfUser, List<int>[] itemsOfUser, User[] users)
    {
        ClusterOfUser = clusterOfUser;
        ItemsOfUser = itemsOfUser;
        Users = users;
    }

    public int[] ClusterOfUser { get; }

    public List<int>[] ItemsOfUser { get; }

    public User[] Users { get; }

    public static int ClusterOfItem(int item) => item / ItemsPerCluster;

    /// <summary>Generates <paramref name="userCount"/> users; <paramref name="inCluster"/> is the share of each user's items taken from its own cluster.</summary>
    /// <remarks>The "taste" attribute names the user's cluster with probability <paramref name="tasteAccuracy"/>, otherwise a random one.</remarks>
    public static PlantedWorld Generate(int userCount, int seed, int itemsPerUser = 8, double inCluster = 0.9, double tasteAccuracy = 1.0)
    {
        var random = new Random(seed);
        var clusters = new int[userCount];
        var items = new List<int>[userCount];
        var users = new User[userCount];
        for (int u = 0; u < userCount; u++)
        {
            int cluster = random.NextDouble() < 0.4 ? 0 : 1 + random.Next(Clusters - 1);
            clusters[u] = cluster;
            var chosen = new List<int>();
            while (chosen.Count < itemsPerUser)
            {
                int home = random.NextDouble() < inCluster ? cluster : random.Next(Clusters);
                int item = home * ItemsPerCluster + ZipfRank(random);
                if (!chosen.Contains(item))
                {
                    chosen.Add(item);
                }
            }

            items[u] = chosen;
            int taste = random.NextDouble() < tasteAccuracy ? cluster : random.Next(Clusters);
            users[u] = new User($"U{u}", new Dictionary<string, string>
            {
                ["taste"] = $"t{taste}",
                ["device"] = random.Next(2) == 0 ? "mobile" : "desktop",
            });
        }

        return new PlantedWorld(clusters, items, users);
    }

    /// <summary>The interaction matrix of all users, or of all but <paramref name="excluded"/> (their rows left empty).</summary>
    public InteractionMatrix Matrix(Func<int, bool>? excluded = null)
    {
        var entries = new List<(int, int, float)>();
        for (int u = 0; u < ItemsOfUser.Length; u++)
        {
            if (excluded?.Invoke(u) == true)
            {
                continue;
            }

            foreach (int item in ItemsOfUser[u])
            {
                entries.Add((u, item, item % 3 == 0 ? 10f : 1f));
            }
        }

        return InteractionMatrix.From(ItemsOfUser.Length, Items, entries);
    }

    /// <summary>Rank in 0..ItemsPerCluster−1 drawn with probability ∝ 1 / (rank + 2).</summary>
    private static int ZipfRank(Random random)
    {
        double total = 0;
        for (int r = 0; r < ItemsPerCluster; r++)
        {
            total += 1.0 / (r + 2);
        }

        double target = random.NextDouble() * total;
        for (int r = 0; r < ItemsPerCluster; r++)
        {
            target -= 1.0 / (r + 2);
            if (target <= 0)
            {
                return r;
            }
        }

        return ItemsPerCluster - 1;
    }
}
