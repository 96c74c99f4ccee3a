using Bunit;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Web.Components.Shared;
using FashionShowcase.Web.Services;

namespace FashionShowcase.Tests.Components;

public sealed class CatalogItemCardTests : MudComponentTest
{
    private static readonly CatalogItem Sneaker = new(42, FashionClass.Sneaker);

    [Fact]
    public void By_default_it_shows_the_items_image_crisply_and_links_to_its_page()
    {
        var cut = Context.Render<CatalogItemCard>(p => p.Add(c => c.Item, Sneaker));

        var image = cut.Find("img");
        Assert.Equal("/img/catalog/42.png", image.GetAttribute("src"));
        Assert.Contains("pixelated", image.ClassList);
        Assert.Equal("Sneaker, catalog item 42", image.GetAttribute("alt"));
        Assert.Equal("/catalog/42", cut.Find("a").GetAttribute("href"));
        Assert.Contains("Sneaker", cut.Markup);
        Assert.Contains("Shoes", cut.Markup);
    }

    [Fact]
    public void Without_a_score_no_score_is_shown()
    {
        var cut = Context.Render<CatalogItemCard>(p => p.Add(c => c.Item, Sneaker));
        Assert.DoesNotContain("score", cut.Markup);
    }

    [Fact]
    public void A_score_is_shown_with_two_decimals()
    {
        var cut = Context.Render<CatalogItemCard>(p => p.Add(c => c.Item, Sneaker).Add(c => c.Score, 1.2345));
        Assert.Contains("score 1.23", cut.Markup);
    }

    [Fact]
    public void A_given_link_replaces_the_item_page()
    {
        var cut = Context.Render<CatalogItemCard>(p => p.Add(c => c.Item, Sneaker).Add(c => c.Link, "/compare?item=42"));
        Assert.Equal("/compare?item=42", cut.Find("a").GetAttribute("href"));
    }
}
