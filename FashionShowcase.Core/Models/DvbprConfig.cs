namespace FashionShowcase.Core.Models;

/// <summary>The shape of a DVBPR recommender: enough to rebuild it before loading its weights.</summary>
public sealed record DvbprConfig
{
    /// <summary>K: length of θu and Φ(X). The paper uses 100 on 224 px images; 28 px grey needs fewer.</summary>
    public int EmbeddingSize { get; init; } = 64;

    /// <summary>Channels of Φ's first convolution (the second has twice as many).</summary>
    public int Width { get; init; } = 8;

    /// <summary>Units of the fully connected layer between the convolutions and the K outputs.</summary>
    public int HiddenSize { get; init; } = 128;

    /// <summary>Number of shoppers with a θ vector.</summary>
    public int ShopperCount { get; init; } = 2000;

    public void Validate()
    {
        if (EmbeddingSize is < 1 or > 1024) throw new ArgumentOutOfRangeException(nameof(EmbeddingSize), EmbeddingSize, "EmbeddingSize (K) must be in 1..1024.");
        if (Width is < 1 or > 512) throw new ArgumentOutOfRangeException(nameof(Width), Width, "Width must be in 1..512.");
        if (HiddenSize is < 1 or > 8192) throw new ArgumentOutOfRangeException(nameof(HiddenSize), HiddenSize, "HiddenSize must be in 1..8192.");
        if (ShopperCount is < 1 or > 10_000_000) throw new ArgumentOutOfRangeException(nameof(ShopperCount), ShopperCount, "ShopperCount must be in 1..10,000,000.");
    }
}
