namespace FashionShowcase.Core.Design;

/// <summary>Settings of GAN inversion (finding z* with G(z*, c) ≈ X).</summary>
public sealed record InversionOptions
{
    /// <summary>Independent starts; the inversion is non-convex, the best start is kept.</summary>
    public int Starts { get; init; } = 8;

    public int Steps { get; init; } = 150;

    /// <summary>Adam learning rate on z (higher than design's 0.05: inversion travels further).</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>σ of the starting points z ~ N(0, σ²).</summary>
    public double Sigma { get; init; } = 0.5;

    /// <summary>λz of the prior λz‖z‖² that keeps z* where G was trained (so the ascent starts on the manifold).</summary>
    public double PriorWeight { get; init; } = 1e-4;

    public long Seed { get; init; }

    public InversionOptions Validated()
    {
        if (Starts is < 1 or > 256)
            throw new ArgumentOutOfRangeException(nameof(Starts), Starts, "Inversion starts must be in 1..256.");
        if (Steps is < 0 or > 10_000)
            throw new ArgumentOutOfRangeException(nameof(Steps), Steps, "Inversion steps must be in 0..10000.");
        if (!double.IsFinite(LearningRate) || LearningRate <= 0 || LearningRate > 10)
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "Inversion LearningRate must be in (0, 10].");
        if (!double.IsFinite(Sigma) || Sigma <= 0 || Sigma > 10)
            throw new ArgumentOutOfRangeException(nameof(Sigma), Sigma, "Inversion Sigma must be in (0, 10].");
        if (!double.IsFinite(PriorWeight) || PriorWeight < 0 || PriorWeight > 100)
            throw new ArgumentOutOfRangeException(nameof(PriorWeight), PriorWeight, "Inversion PriorWeight must be in [0, 100].");
        return this;
    }
}
