using FashionShowcase.Core.Catalog;
using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Shoppers;
using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Pages.Catalog;

/// <summary>One catalog item, large.</summary>
public partial class CatalogItemPage
{
    private CatalogItem? _item;
    private int _count;
    private bool _loaded;
    private string? _error;
    private IReadOnlyList<ItemFan>? _fans;
    private string? _fansProblem;

    [Inject]
    private ShopCatalog Catalog { get; set; } = default!;

    [Inject]
    private ActiveBundle Bundle { get; set; } = default!;

    /// <summary>The catalog id (index in the test split), from the address.</summary>
    [Parameter]
    public int Id { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _loaded = false;
        _error = null;
        try
        {
            _count = await Task.Run(() => Catalog.Count);
            _item = Catalog.Find(Id);
            LoadFans();
        }
        catch (Exception e) when (e is DataSetNotFoundException or IOException or InvalidDataException)
        {
            _error = "The catalog could not be loaded: " + e.Message;
        }
        _loaded = true;
    }

    private void LoadFans()
    {
        _fans = null;
        using var lease = Bundle.Acquire();
        if (lease?.Bundle.Recommender is { } recommender && _item is not null)
            _fans = ShopperProfiles.FansOf(recommender, _item.Id);
        else
            _fansProblem = "Needs a model bundle with a recommender: then the simulated shoppers are ranked here by their learned preference for this item.";
    }
}
