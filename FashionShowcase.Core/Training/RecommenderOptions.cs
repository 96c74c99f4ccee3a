using FashionShowcase.Core.Models;
using FashionShowcase.Core.Shoppers;

namespace FashionShowcase.Core.Training;

/// <summary>Hyperparameters of a DVBPR training run (logged at start, saved in the bundle manifest).</summary>
public sealed record RecommenderOptions
{
    public long Seed { get; init; } = 7;

    public int Epochs { get; init; } = 8;

    /// <summary>Training triples (u, i, j) per step; each step runs Φ on 2 × BatchSize images.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Adam's step. The paper's 1e-4 is for a large CNN on big images; this small Φ learns faster at 2e-3.</summary>
    public double LearningRate { get; init; } = 2e-3;

    /// <summary>K: length of θu and Φ(X).</summary>
    public int EmbeddingSize { get; init; } = 64;

    /// <summary>Channels of Φ's first convolution (8 keeps an epoch near a minute on 2 cores).</summary>
    public int Width { get; init; } = 8;

    /// <summary>Units of Φ's hidden fully connected layer.</summary>
    public int HiddenSize { get; init; } = 128;

    /// <summary>λΦ: L2 on Φ's weights (summed squares).</summary>
    public double LambdaPhi { get; init; } = 1e-4;

    /// <summary>λθ: L2 on the batch's θu (mean over the batch of ‖θu‖²).</summary>
    public double LambdaTheta { get; init; } = 1e-3;

    /// <summary>Save a checkpoint every this many steps (and at the end).</summary>
    public int CheckpointEvery { get; init; } = 200;

    /// <summary>Emit a progress event every this many steps (and at each epoch's end, with validation AUC).</summary>
    public int ProgressEvery { get; init; } = 20;

    /// <summary>The shopper set the recommender learns from.</summary>
    public ShopperPopulationOptions Shoppers { get; init; } = new();

    public DvbprConfig ModelConfig(int shopperCount) =>
        new() { EmbeddingSize = EmbeddingSize, Width = Width, HiddenSize = HiddenSize, ShopperCount = shopperCount };

    public static RecommenderOptions Preset(string name) => name.ToLowerInvariant() switch
    {
        "cpu" => new RecommenderOptions(),
        "gpu" => new RecommenderOptions { Epochs = 20, EmbeddingSize = 100, Width = 32, HiddenSize = 256, BatchSize = 512 },
        "tiny" => new RecommenderOptions
        {
            Epochs = 2, BatchSize = 32, EmbeddingSize = 8, Width = 4, HiddenSize = 16, CheckpointEvery = 10, ProgressEvery = 5,
            Shoppers = ShopperPopulationOptions.Preset("tiny"),
        },
        _ => throw new ArgumentException($"Unknown preset '{name}'. Use cpu, gpu or tiny.", nameof(name)),
    };

    public void Validate()
    {
        if (Epochs is < 1 or > 1000) throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, "Epochs must be in 1..1000.");
        if (BatchSize is < 1 or > 65_536) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "BatchSize must be in 1..65,536.");
        if (LearningRate is <= 0 or >= 1 || double.IsNaN(LearningRate)) throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "LearningRate must be in (0, 1).");
        if (LambdaPhi is < 0 or >= 10 || double.IsNaN(LambdaPhi)) throw new ArgumentOutOfRangeException(nameof(LambdaPhi), LambdaPhi, "LambdaPhi must be in [0, 10).");
        if (LambdaTheta is < 0 or >= 10 || double.IsNaN(LambdaTheta)) throw new ArgumentOutOfRangeException(nameof(LambdaTheta), LambdaTheta, "LambdaTheta must be in [0, 10).");
        if (CheckpointEvery < 1) throw new ArgumentOutOfRangeException(nameof(CheckpointEvery), CheckpointEvery, "CheckpointEvery must be at least 1.");
        if (ProgressEvery < 1) throw new ArgumentOutOfRangeException(nameof(ProgressEvery), ProgressEvery, "ProgressEvery must be at least 1.");
        ModelConfig(1).Validate();
        ArgumentNullException.ThrowIfNull(Shoppers, nameof(Shoppers));
        Shoppers.Validate();
    }
}
