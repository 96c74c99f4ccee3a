using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Shoppers;

namespace FashionShowcase.Tests;

/// <summary>Shared inputs for shopper and recommender tests: the shipped catalog and small shopper sets.</summary>
public static class ShopperTestData
{
    private static readonly Lazy<DataSplit> Full = new(() => DataSetLocator.LoadVerified(RepoPaths.Data, SplitFiles.Test));

    /// <summary>The shipped catalog (10,000 items), loaded once per test run.</summary>
    public static DataSplit Catalog => Full.Value;

    /// <summary>A small catalog (the first <paramref name="items"/> items).</summary>
    public static DataSplit SmallCatalog(int items = 600) => Full.Value.Take(items);

    /// <summary>Picky shoppers (low τ) over a small catalog: an easy, fast ranking task.</summary>
    public static ShopperPopulationOptions TinyShoppers(long seed = 11) => new()
    {
        Seed = seed, Users = 60, MinInteractions = 10, MaxInteractions = 20, Temperature = 0.3,
        AttributeNoise = 0.2, AffinityNoise = 0.2,
    };

    /// <summary>A 28×28 image: background 0, a filled rectangle of <paramref name="value"/> (rows and columns inclusive).</summary>
    public static byte[] Rectangle(int top, int left, int bottom, int right, byte value = 200, Func<int, int, byte>? pattern = null)
    {
        var image = new byte[DataSplit.PixelsPerImage];
        for (int r = top; r <= bottom; r++)
            for (int c = left; c <= right; c++)
                image[r * DataSplit.Side + c] = pattern?.Invoke(r, c) ?? value;
        return image;
    }
}
