using FashionShowcase.Core.Catalog;
using FashionShowcase.Web.Services;
using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Pages.Catalog;

/// <summary>Browse the 10,000 catalog items by group and class, a page at a time. The address carries the filter and the page.</summary>
public partial class CatalogBrowsePage
{
    public const int PageSize = 48;

    private CatalogPage? _page;
    private string? _error;

    [Inject]
    private ShopCatalog Catalog { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Group name (Tops, Bottoms, Dresses, Shoes, Bags) or empty for all.</summary>
    [SupplyParameterFromQuery(Name = "group")]
    public string? Group { get; set; }

    /// <summary>Fine class name (e.g. Sneaker) or empty for all.</summary>
    [SupplyParameterFromQuery(Name = "class")]
    public string? Class { get; set; }

    /// <summary>1-based page number, as typed in the address: text, so that "abc" or a huge number falls back to page 1 instead of failing the page.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    private IEnumerable<FashionClass> ClassChoices =>
        Enum.TryParse<CategoryGroup>(Group, true, out var g) ? Categories.ClassesIn(g) : Categories.All;

    protected override async Task OnParametersSetAsync()
    {
        _error = null;
        _page = null;
        CategoryGroup? group = Enum.TryParse<CategoryGroup>(Group, true, out var g) ? g : null;
        FashionClass? fashionClass = Enum.TryParse<FashionClass>(Class, true, out var c) ? c : null;
        try
        {
            // The first visit loads and verifies the catalog file; keep that off the render thread.
            var page = await Task.Run(() => Catalog.Page(group, fashionClass, 1, PageSize));
            var number = Math.Clamp(int.TryParse(PageNumber, out var requested) ? requested : 1, 1, page.PageCount);
            _page = number == 1 ? page : Catalog.Page(group, fashionClass, number, PageSize);
        }
        catch (Exception e) when (e is DataSetNotFoundException or IOException or InvalidDataException)
        {
            _error = "The catalog could not be loaded: " + e.Message;
        }
    }

    private void OnGroupChanged(string value) => Go(value, null, 1);

    private void OnClassChanged(string value) => Go(Group, value, 1);

    private void OnPageChanged(int page) => Go(Group, Class, page);

    private void Go(string? group, string? fashionClass, int page) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["group"] = string.IsNullOrEmpty(group) ? null : group,
            ["class"] = string.IsNullOrEmpty(fashionClass) ? null : fashionClass,
            ["page"] = page == 1 ? null : page,
        }));
}
