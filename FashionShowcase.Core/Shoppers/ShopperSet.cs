using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Core.Shoppers;

/// <summary>
/// Everything about the simulated shoppers over one catalog: item attributes, the population (with
/// its oracle) and the train / held-out split. Rebuilt deterministically from the options, so bundles
/// store the options, not the interactions. Pure C#, thread-safe to read.
/// </summary>
public sealed class ShopperSet
{
    private ShopperSet(DataSplit catalog, VisualAttributes attributes, ShopperPopulation population, InteractionSplit split)
    {
        Catalog = catalog;
        Attributes = attributes;
        Population = population;
        Split = split;
    }

    public DataSplit Catalog { get; }

    public VisualAttributes Attributes { get; }

    public ShopperPopulation Population { get; }

    public InteractionSplit Split { get; }

    public ShopperOracle Oracle => Population.Oracle;

    public ShopperPopulationOptions Options => Population.Options;

    public static ShopperSet Create(DataSplit catalog, ShopperPopulationOptions options, IReadOnlyList<Persona>? personas = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var attributes = VisualAttributes.FromCatalog(catalog);
        var classes = Enumerable.Range(0, catalog.Count).Select(catalog.Label).ToArray();
        var population = ShopperPopulation.Generate(classes, attributes, options, personas);
        return new ShopperSet(catalog, attributes, population, InteractionSplit.Create(population, catalog.Count));
    }
}
