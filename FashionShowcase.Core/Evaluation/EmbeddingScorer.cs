namespace FashionShowcase.Core.Evaluation;

/// <summary>θuᵀEᵢ from snapshots (row-major float arrays): scoring without tensors, safe on any thread.</summary>
public static class EmbeddingScorer
{
    public static ItemScorer Create(float[] shopperVectors, float[] itemVectors, int size)
    {
        if (size < 1 || shopperVectors.Length % size != 0 || itemVectors.Length % size != 0)
            throw new ArgumentException($"Both matrices need {size} columns.");
        return (shopper, item) =>
        {
            var a = shopperVectors.AsSpan(shopper * size, size);
            var b = itemVectors.AsSpan(item * size, size);
            double s = 0;
            for (int k = 0; k < size; k++) s += a[k] * b[k];
            return s;
        };
    }
}
