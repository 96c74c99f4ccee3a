namespace FashionShowcase.Core.Models;

/// <summary>Settings of the Fashion-MNIST classifier used for metrics (and for uploads' class guess).</summary>
public sealed record ClassifierConfig
{
    public int Width { get; init; } = 32;

    /// <summary>Size of the penultimate layer: the feature space of the domain FID.</summary>
    public int FeatureSize { get; init; } = 128;

    public int BatchSize { get; init; } = 128;

    public int Epochs { get; init; } = 4;

    public double LearningRate { get; init; } = 1e-3;

    public static ClassifierConfig Preset(string name) => name.ToLowerInvariant() switch
    {
        "cpu" => new ClassifierConfig(),
        "gpu" => new ClassifierConfig { Width = 64, FeatureSize = 256, Epochs = 15 },
        "tiny" => new ClassifierConfig { Width = 4, FeatureSize = 16, BatchSize = 32, Epochs = 1 },
        _ => throw new ArgumentException($"Unknown preset '{name}'. Use cpu, gpu or tiny.", nameof(name)),
    };

    public void Validate()
    {
        if (Width is < 1 or > 1024) throw new ArgumentOutOfRangeException(nameof(Width), "Width must be in 1..1024.");
        if (FeatureSize is < 2 or > 4096) throw new ArgumentOutOfRangeException(nameof(FeatureSize), "FeatureSize must be in 2..4096.");
        if (BatchSize is < 1 or > 4096) throw new ArgumentOutOfRangeException(nameof(BatchSize), "BatchSize must be in 1..4096.");
        if (Epochs is < 1 or > 1000) throw new ArgumentOutOfRangeException(nameof(Epochs), "Epochs must be in 1..1000.");
        if (LearningRate is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(LearningRate), "LearningRate must be in (0, 1).");
    }
}
