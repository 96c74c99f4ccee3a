using System.Collections.Concurrent;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Imaging;

namespace FashionShowcase.Web.Services;

/// <summary>One catalog item as pages show it.</summary>
public sealed record CatalogItem(int Id, FashionClass Class)
{
    public CategoryGroup Group => Categories.GroupOf(Class);

    public string ClassName => Categories.DisplayName(Class);

    /// <summary>Served by the catalog image endpoint.</summary>
    public string ImageUrl => $"/img/catalog/{Id}.png";
}

/// <summary>A page of catalog items and how many match in all.</summary>
public sealed record CatalogPage(IReadOnlyList<CatalogItem> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The shop: the 10,000 catalog items (Fashion-MNIST test split) with their ids (the index in the
/// split), filtering by group or class, paging, and PNG encoding (cached: 28×28 PNGs are ~300 bytes).
/// The split is loaded on first use; if that fails, every use throws the loader's error (which names
/// the ways to provide the data), so pages can show it.
/// </summary>
public sealed class ShopCatalog(Func<DataSplit> load)
{
    private readonly Lazy<DataSplit> _split = new(load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<int, byte[]> _png = new();

    public ShopCatalog(DataSplit split) : this(() => split)
    {
    }

    public const int MaxPageSize = 200;

    public int Count => Split.Count;

    /// <summary>The loaded split (loads it on first use).</summary>
    public DataSplit Split => _split.Value;

    public CatalogItem? Find(int id) => id >= 0 && id < Split.Count ? new CatalogItem(id, Split.Label(id)) : null;

    /// <summary>Items of a group and/or class (null = any), in id order; page numbers start at 1.</summary>
    public CatalogPage Page(CategoryGroup? group, FashionClass? fashionClass, int pageNumber, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var matching = Enumerable.Range(0, Split.Count)
            .Where(i => (fashionClass is null || Split.Label(i) == fashionClass)
                        && (group is null || Categories.GroupOf(Split.Label(i)) == group))
            .ToList();
        var items = matching.Skip((pageNumber - 1) * pageSize).Take(pageSize).Select(i => new CatalogItem(i, Split.Label(i))).ToList();
        return new CatalogPage(items, matching.Count, pageNumber, pageSize);
    }

    /// <summary>The item's image as PNG; null for an unknown id.</summary>
    public byte[]? Png(int id) =>
        Find(id) is null ? null : _png.GetOrAdd(id, i => ImageCodec.EncodeGrey(Split.Image(i), DataSplit.Side, DataSplit.Side));
}
