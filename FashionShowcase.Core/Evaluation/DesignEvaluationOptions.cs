using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;

namespace FashionShowcase.Core.Evaluation;

/// <summary>What the oracle evaluation of design and alteration covers. Fixed seeds: the same inputs give the same numbers.</summary>
public sealed record DesignEvaluationOptions
{
    /// <summary>Shoppers evaluated (e.g. one per persona); null = the first <see cref="MaxShoppers"/>.</summary>
    public IReadOnlyList<int>? Shoppers { get; init; }

    public int MaxShoppers { get; init; } = 10;

    /// <summary>Fine classes designed in; null = all ten.</summary>
    public IReadOnlyList<FashionClass>? Classes { get; init; }

    public DesignOptions Design { get; init; } = new() { Seed = 1 };

    /// <summary>Real items per class the design competes against; null = every catalog item of the class.</summary>
    public int? CatalogItemsPerClass { get; init; }

    /// <summary>Catalog items altered per shopper (drawn with <see cref="Seed"/> from the evaluated classes); 0 skips alteration.</summary>
    public int AlterationItemsPerShopper { get; init; } = 3;

    public AlterationOptions Alteration { get; init; } = new();

    public long Seed { get; init; } = 1;

    public DesignEvaluationOptions Validated()
    {
        if (MaxShoppers is < 1 or > 100_000)
            throw new ArgumentOutOfRangeException(nameof(MaxShoppers), MaxShoppers, "MaxShoppers must be in 1..100000.");
        if (Shoppers is { Count: 0 })
            throw new ArgumentException("Shoppers, when given, must name at least one shopper.", nameof(Shoppers));
        if (Classes is { Count: 0 })
            throw new ArgumentException("Classes, when given, must name at least one class.", nameof(Classes));
        if (CatalogItemsPerClass is < 1)
            throw new ArgumentOutOfRangeException(nameof(CatalogItemsPerClass), CatalogItemsPerClass, "CatalogItemsPerClass must be at least 1 (or null for all).");
        if (AlterationItemsPerShopper is < 0 or > 10_000)
            throw new ArgumentOutOfRangeException(nameof(AlterationItemsPerShopper), AlterationItemsPerShopper, "AlterationItemsPerShopper must be in 0..10000.");
        ArgumentNullException.ThrowIfNull(Design);
        ArgumentNullException.ThrowIfNull(Alteration);
        Design.Validate();
        Alteration.Validated();
        return this;
    }
}
