using FashionShowcase.Core.Shoppers;
using static FashionShowcase.Tests.ShopperTestData;

namespace FashionShowcase.Tests.Unit;

public sealed class InteractionSplitTests
{
    private static readonly ShopperSet Set = ShopperSet.Create(SmallCatalog(), TinyShoppers());

    [Fact]
    public void Held_out_items_never_appear_in_training()
    {
        for (int u = 0; u < Set.Split.ShopperCount; u++)
        {
            var train = Set.Split.Train(u);
            Assert.DoesNotContain(Set.Split.TestItem(u), train);
            Assert.DoesNotContain(Set.Split.ValidationItem(u), train);
            Assert.DoesNotContain(Set.Split.ColdTestItem(u), train);
            Assert.NotEqual(Set.Split.TestItem(u), Set.Split.ValidationItem(u));
        }
    }

    [Fact]
    public void Cold_items_are_a_tenth_of_the_catalog_and_never_trained_on()
    {
        Assert.Equal(Set.Catalog.Count / 10, Set.Split.ColdItems.Count);
        Assert.DoesNotContain(Enumerable.Range(0, Set.Split.ShopperCount), u => Set.Split.Train(u).Any(Set.Split.IsCold));
        Assert.Contains(Enumerable.Range(0, Set.Split.ShopperCount), u => Set.Split.ColdTestItem(u) >= 0);
        Assert.All(Enumerable.Range(0, Set.Split.ShopperCount).Select(Set.Split.ColdTestItem).Where(i => i >= 0), i => Assert.True(Set.Split.IsCold(i)));
    }

    [Fact]
    public void Negatives_are_warm_items_outside_the_shoppers_training_items()
    {
        var rng = new Random(1);
        for (int k = 0; k < 500; k++)
        {
            var u = k % Set.Split.ShopperCount;
            var j = Set.Split.SampleNegative(u, rng);
            Assert.False(Set.Split.IsCold(j));
            Assert.DoesNotContain(j, Set.Split.Train(u));
        }
    }
}
