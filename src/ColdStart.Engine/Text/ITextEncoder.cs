namespace ColdStart.Engine.Text;

/// <summary>
/// Turns text into dense vectors: tokenize, run the encoder, pool, L2-normalise.
/// The one seam between the engine and any text model (the project-trained encoder or a dropped-in sentence-transformer).
/// </summary>
/// <remarks>Implementations are thread-safe; <see cref="Encode(IReadOnlyList{string})"/> may be called concurrently.</remarks>
public interface ITextEncoder : IDisposable
{
    /// <summary>Length of one output vector.</summary>
    int Dimension { get; }

    /// <summary>The execution provider actually in use: "CPU" or "CUDA".</summary>
    string ExecutionProvider { get; }

    /// <summary>Display name of the loaded model.</summary>
    string ModelName { get; }

    /// <summary>Encodes a batch of texts.</summary>
    /// <returns><c>texts.Count × Dimension</c> floats, row-major, each row of unit length.</returns>
    float[] Encode(IReadOnlyList<string> texts);

    /// <summary>Encodes one text.</summary>
    /// <returns><see cref="Dimension"/> floats of unit length.</returns>
    float[] Encode(string text);

    /// <summary>
    /// Encodes one query: text a person wrote to find items (a search, a persona's words), ranked against encoded item
    /// texts (documents). Retrieval models trained with a query instruction get it here; by default a query is encoded
    /// like any text.
    /// </summary>
    /// <returns><see cref="Dimension"/> floats of unit length.</returns>
    float[] EncodeQuery(string text) => Encode(text);
}
