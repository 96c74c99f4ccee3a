namespace FashionShowcase.Core.Shoppers;

/// <summary>Why the oracle gives an image its score: the class part plus one part per attribute.</summary>
public sealed record OracleExplanation(
    double Total,
    double ClassPart,
    IReadOnlyDictionary<VisualAttribute, double> AttributeParts,
    IReadOnlyDictionary<VisualAttribute, double> StandardisedAttributes);
