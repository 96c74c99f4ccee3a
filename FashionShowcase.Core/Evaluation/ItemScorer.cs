namespace FashionShowcase.Core.Evaluation;

/// <summary>Scores catalog items for one shopper (higher = preferred). Implementations must be thread-safe.</summary>
public delegate double ItemScorer(int shopper, int item);
