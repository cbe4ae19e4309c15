namespace ColdStart.Engine.Text;

/// <summary>Gradients of one training step; embedding gradients are kept only for the rows the batch touched.</summary>
internal sealed class EncoderGradients
{
    private readonly int _hidden;
    private readonly int[] _slotOfRow;
    private readonly List<int> _touchedRows = [];
    private float[] _embeddings;

    public EncoderGradients(EncoderWeights weights)
    {
        _hidden = weights.Hidden;
        W1 = new float[weights.W1.Length];
        B1 = new float[weights.B1.Length];
        W2 = new float[weights.W2.Length];
        B2 = new float[weights.B2.Length];
        _slotOfRow = new int[weights.VocabSize];
        Array.Fill(_slotOfRow, -1);
        _embeddings = new float[1024 * _hidden];
    }

    public float[] W1 { get; }

    public float[] B1 { get; }

    public float[] W2 { get; }

    public float[] B2 { get; }

    /// <summary>Gradient rows, one per entry of <see cref="TouchedRows"/> (slot i ↔ TouchedRows[i]).</summary>
    public float[] Embeddings => _embeddings;

    /// <summary>Embedding rows with a gradient in this step, in first-touch order.</summary>
    public IReadOnlyList<int> TouchedRows => _touchedRows;

    /// <summary>The gradient row of an embedding row, created (zeroed) on first touch.</summary>
    public Span<float> EmbeddingRow(int row)
    {
        var slot = _slotOfRow[row];
        if (slot < 0)
        {
            slot = _touchedRows.Count;
            _slotOfRow[row] = slot;
            _touchedRows.Add(row);
            if ((slot + 1) * _hidden > _embeddings.Length)
            {
                Array.Resize(ref _embeddings, _embeddings.Length * 2);
            }

            _embeddings.AsSpan(slot * _hidden, _hidden).Clear();
        }

        return _embeddings.AsSpan(slot * _hidden, _hidden);
    }

    /// <summary>Forgets the touched rows; called at the start of each step (dense gradients are overwritten by it).</summary>
    public void ClearRows()
    {
        foreach (var row in _touchedRows)
        {
            _slotOfRow[row] = -1;
        }

        _touchedRows.Clear();
    }
}
