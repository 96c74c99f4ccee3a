namespace FashionShowcase.Core.Evaluation;

/// <summary>How much to sample when evaluating a bundle; the defaults give the numbers.</summary>
public sealed record GanEvaluationOptions
{
    /// <summary>Generated images per class for the conditional accuracy (1,000 × 10 = 10,000).</summary>
    public int ConditionalSamplesPerClass { get; init; } = 1000;

    /// <summary>Images on each side of the domain FID: 10,000 generated vs the 10,000 test images (and 10,000 train for the floor).</summary>
    public int FidSamples { get; init; } = 10_000;

    /// <summary>Samples per row of the saved grid (one row per class).</summary>
    public int GridColumns { get; init; } = 10;

    /// <summary>Fixes z for every generated image and the real subsets, so evaluations are comparable.</summary>
    public long Seed { get; init; } = 2017;

    /// <summary>Images per forward pass; bounds memory, not results.</summary>
    public int BatchSize { get; init; } = 500;

    public void Validate()
    {
        if (ConditionalSamplesPerClass is < 1 or > 100_000)
            throw new ArgumentOutOfRangeException(nameof(ConditionalSamplesPerClass), ConditionalSamplesPerClass, "ConditionalSamplesPerClass must be in 1..100,000.");
        if (FidSamples is < 2 or > 1_000_000)
            throw new ArgumentOutOfRangeException(nameof(FidSamples), FidSamples, "FidSamples must be in 2..1,000,000 (10,000 for comparable numbers).");
        if (GridColumns is < 1 or > 100)
            throw new ArgumentOutOfRangeException(nameof(GridColumns), GridColumns, "GridColumns must be in 1..100.");
        if (BatchSize is < 1 or > 100_000)
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "BatchSize must be in 1..100,000.");
    }
}
