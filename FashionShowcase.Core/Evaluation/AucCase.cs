namespace FashionShowcase.Core.Evaluation;

/// <summary>One shopper's ranking test: the held-out item must outrank each of the negatives.</summary>
public sealed record AucCase(int Shopper, int Positive, IReadOnlyList<int> Negatives);
