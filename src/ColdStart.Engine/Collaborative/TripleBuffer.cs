namespace ColdStart.Engine.Collaborative;

/// <summary>Growable struct-of-arrays buffer of (user, item, weight) triples used while building an <see cref="InteractionMatrix"/>.</summary>
internal sealed class TripleBuffer(int capacity)
{
    public int[] Users { get; private set; } = new int[Math.Max(capacity, 4)];

    public int[] Items { get; private set; } = new int[Math.Max(capacity, 4)];

    public float[] Weights { get; private set; } = new float[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public void Add(int user, int item, float weight)
    {
        if (Count == Users.Length)
        {
            int size = Count * 2;
            Users = Resized(Users, size);
            Items = Resized(Items, size);
            Weights = Resized(Weights, size);
        }

        Users[Count] = user;
        Items[Count] = item;
        Weights[Count] = weight;
        Count++;
    }

    private static T[] Resized<T>(T[] source, int size)
    {
        var copy = source;
        Array.Resize(ref copy, size);
        return copy;
    }
}
