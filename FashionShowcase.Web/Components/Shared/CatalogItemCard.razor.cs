using FashionShowcase.Web.Services;
using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Shared;

/// <summary>A catalog item as a card: its image (upscaled crisply), class and id, linking to its page.</summary>
public partial class CatalogItemCard
{
    /// <summary>The item to show.</summary>
    [Parameter, EditorRequired]
    public CatalogItem Item { get; set; } = default!;

    /// <summary>Optional score to show under the name (e.g. a shopper's preference); hidden when null.</summary>
    [Parameter]
    public double? Score { get; set; }

    /// <summary>Where the card links; defaults to the item's page.</summary>
    [Parameter]
    public string? Link { get; set; }

    private string Href => Link ?? $"/catalog/{Item.Id}";
}
