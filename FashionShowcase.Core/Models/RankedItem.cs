using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Core.Models;

/// <summary>A catalog item in a shopper's ranking: its index, class and learned score θuᵀΦ(X).</summary>
public sealed record RankedItem(int Item, FashionClass Class, double Score);
