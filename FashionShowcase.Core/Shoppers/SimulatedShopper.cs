namespace FashionShowcase.Core.Shoppers;

/// <summary>
/// One simulated shopper: a persona plus personal noise, and the catalog items they interacted with
/// (in the order drawn). The weights are the hidden truth: only the oracle reads them.
/// </summary>
public sealed record SimulatedShopper(
    int Id,
    int PersonaIndex,
    IReadOnlyList<double> AttributeWeights,
    IReadOnlyList<double> ClassAffinities,
    IReadOnlyList<int> Interactions);
