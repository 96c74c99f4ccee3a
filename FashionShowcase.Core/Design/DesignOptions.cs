namespace FashionShowcase.Core.Design;

/// <summary>
/// Settings of preference maximisation. Defaults follow the official DVBPR design code (η = 1,
/// Adam lr 0.05 on z, 16 starts z ~ N(0, 0.5²)); it runs 10 steps, we default to 40 because a
/// visitor watches the trajectory and 40 steps still fit the 1.5 s budget on 2 CPU cores.
/// </summary>
public sealed record DesignOptions
{
    /// <summary>η: weight of the realness penalty (D(G(z,c),c) − 1)², which keeps designs on the image manifold.</summary>
    public double Eta { get; init; } = 1.0;

    /// <summary>Adam learning rate on z.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>σ of the starting points z ~ N(0, σ²); 0.5 keeps starts near the typical set of G.</summary>
    public double Sigma { get; init; } = 0.5;

    /// <summary>S: parallel starts (one tile each on the page).</summary>
    public int Starts { get; init; } = 16;

    /// <summary>T: Adam steps; T + 1 frames are emitted (step 0 is the starting point).</summary>
    public int Steps { get; init; } = 40;

    /// <summary>Seeds the starting points; the same seed and inputs give the same frames.</summary>
    public long Seed { get; init; }

    public DesignOptions Validated()
    {
        Validate();
        return this;
    }

    public void Validate()
    {
        if (!double.IsFinite(Eta) || Eta < 0 || Eta > 1000)
            throw new ArgumentOutOfRangeException(nameof(Eta), Eta, "Eta (realness weight) must be in [0, 1000].");
        if (!double.IsFinite(LearningRate) || LearningRate <= 0 || LearningRate > 10)
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "LearningRate must be in (0, 10].");
        if (!double.IsFinite(Sigma) || Sigma <= 0 || Sigma > 10)
            throw new ArgumentOutOfRangeException(nameof(Sigma), Sigma, "Sigma (spread of the starting points) must be in (0, 10].");
        if (Starts is < 1 or > 256)
            throw new ArgumentOutOfRangeException(nameof(Starts), Starts, "Starts must be in 1..256.");
        if (Steps is < 0 or > 10_000)
            throw new ArgumentOutOfRangeException(nameof(Steps), Steps, "Steps must be in 0..10000.");
    }
}
