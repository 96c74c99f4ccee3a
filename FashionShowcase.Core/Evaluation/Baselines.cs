using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;

namespace FashionShowcase.Core.Evaluation;

/// <summary>The scorers every learned model is compared with under the same AUC protocol.</summary>
public static class Baselines
{
    /// <summary>Items ranked by how many training interactions they have, the same for everyone.</summary>
    public static ItemScorer Popularity(InteractionSplit split)
    {
        var counts = split.TrainingCounts();
        return (_, item) => counts[item];
    }

    /// <summary>A fixed random score per (shopper, item): AUC ≈ 0.5.</summary>
    public static ItemScorer Random(long seed) =>
        (shopper, item) => SeedStream.For(seed, shopper, item).NextDouble();

    /// <summary>The shoppers' true taste: the upper bound no model trained on samples can beat on average.</summary>
    public static ItemScorer Oracle(ShopperOracle oracle) => oracle.Score;
}
