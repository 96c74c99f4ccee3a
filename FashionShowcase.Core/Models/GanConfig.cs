namespace FashionShowcase.Core.Models;

/// <summary>
/// Shape and optimisation settings of the conditional GAN. Saved in the bundle manifest and in
/// checkpoints so a model can always be rebuilt with the exact shape it was trained with.
/// </summary>
public sealed record GanConfig
{
    /// <summary>Length of z.</summary>
    public int LatentSize { get; init; } = 64;

    /// <summary>Base channel width; G and D scale their layers from it.</summary>
    public int Width { get; init; } = 64;

    /// <summary>Size of the label embedding fed to G next to z.</summary>
    public int LabelEmbedding { get; init; } = 16;

    /// <summary>Kernel of the up/down-sampling convolutions (even sizes keep 7→14→28 exact).</summary>
    public int KernelSize { get; init; } = 4;

    public int BatchSize { get; init; } = 128;

    public int Epochs { get; init; } = 15;

    /// <summary>Official DVBPR GAN code uses 1e-4; 2e-4 (DCGAN's) converges in fewer CPU epochs.</summary>
    public double LearningRateG { get; init; } = 2e-4;

    public double LearningRateD { get; init; } = 2e-4;

    /// <summary>β1 = 0.5 as in DCGAN and the official code.</summary>
    public double Beta1 { get; init; } = 0.5;

    public double Beta2 { get; init; } = 0.99;

    public static GanConfig Preset(string name) => name.ToLowerInvariant() switch
    {
        // sized for 2 CPU cores: an epoch of 60,000 in a few minutes.
        "cpu" => new GanConfig(),
        // wider nets and a bigger batch for GPUs.
        "gpu" => new GanConfig { Width = 128, LatentSize = 100, BatchSize = 256, Epochs = 30 },
        // for tests: trains in seconds on a few hundred images.
        "tiny" => new GanConfig { Width = 8, LatentSize = 8, LabelEmbedding = 4, BatchSize = 32, Epochs = 1 },
        _ => throw new ArgumentException($"Unknown preset '{name}'. Use cpu, gpu or tiny.", nameof(name)),
    };

    public void Validate()
    {
        Require(LatentSize is >= 1 and <= 1024, nameof(LatentSize), "1..1024");
        Require(Width is >= 2 and <= 1024, nameof(Width), "2..1024");
        Require(LabelEmbedding is >= 1 and <= 256, nameof(LabelEmbedding), "1..256");
        Require(KernelSize is 2 or 4 or 6 or 8, nameof(KernelSize), "2, 4, 6 or 8");
        Require(BatchSize is >= 1 and <= 4096, nameof(BatchSize), "1..4096");
        Require(Epochs is >= 1 and <= 1000, nameof(Epochs), "1..1000");
        Require(LearningRateG is > 0 and < 1, nameof(LearningRateG), "(0, 1)");
        Require(LearningRateD is > 0 and < 1, nameof(LearningRateD), "(0, 1)");
        Require(Beta1 is >= 0 and < 1, nameof(Beta1), "[0, 1)");
        Require(Beta2 is >= 0 and < 1, nameof(Beta2), "[0, 1)");
    }

    private static void Require(bool ok, string name, string range)
    {
        if (!ok) throw new ArgumentOutOfRangeException(name, $"{name} must be in {range}.");
    }
}
