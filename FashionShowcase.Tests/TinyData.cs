using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Tests;

/// <summary>Small real data for tests: the first items of the shipped catalog.</summary>
public static class TinyData
{
    private static readonly Lazy<DataSplit> Catalog = new(() => DataSetLocator.LoadVerified(RepoPaths.Data, SplitFiles.Test));

    public static DataSplit CatalogSplit => Catalog.Value;

    public static DataSplit FirstItems(int count) => Catalog.Value.Take(count);

    public static string TempDirectory(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"fs-{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
