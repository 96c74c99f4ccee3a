using FashionShowcase.Core.Models;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Core.Storage;

/// <summary>A persona as the manifest lists it (the weights live in code; the text tells a reader what was simulated).</summary>
public sealed record PersonaSummary(string Id, string Name, string Description);

/// <summary>
/// The manifest's <c>recommender</c> part: the model shape, the training settings, the shopper set
/// (regenerated from these options and the catalog, not stored) and the metrics measured at the end
/// of training.
/// </summary>
public sealed record RecommenderManifest
{
    public required DvbprConfig Model { get; init; }

    public required RecommenderOptions Training { get; init; }

    public required ShopperPopulationOptions Shoppers { get; init; }

    public required IReadOnlyList<PersonaSummary> Personas { get; init; }

    public BprMatrixFactorizationOptions BprMf { get; init; } = new();

    public int TrainingInteractions { get; init; }

    public int ColdItems { get; init; }

    public Dictionary<string, double> Metrics { get; init; } = [];
}
