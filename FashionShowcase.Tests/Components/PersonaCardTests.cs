using Bunit;
using FashionShowcase.Web.Components.Pages.Home;
using FashionShowcase.Web.Services.Shoppers;

namespace FashionShowcase.Tests.Components;

public sealed class PersonaCardTests : MudComponentTest
{
    private static readonly PersonaProfile NightOwl = new("night-owl", "Night Owl", "Dark, heavily patterned tops; avoids sandals.", 17, [3, 141, 59]);

    [Fact]
    public void It_shows_the_personas_name_and_taste_sentence()
    {
        var cut = Context.Render<PersonaCard>(p => p.Add(c => c.Profile, NightOwl));
        Assert.Equal("Night Owl", cut.Find("h2").TextContent.Trim());
        Assert.Contains("Dark, heavily patterned tops; avoids sandals.", cut.Markup);
    }

    [Fact]
    public void Its_strip_shows_the_history_items_crisply_in_order()
    {
        var cut = Context.Render<PersonaCard>(p => p.Add(c => c.Profile, NightOwl));
        var images = cut.FindAll(".history-strip img");
        Assert.Equal(["/img/catalog/3.png", "/img/catalog/141.png", "/img/catalog/59.png"], images.Select(i => i.GetAttribute("src")));
        Assert.All(images, i => Assert.Contains("pixelated", i.ClassList));
    }

    [Fact]
    public void It_links_to_the_shopper_page()
    {
        var cut = Context.Render<PersonaCard>(p => p.Add(c => c.Profile, NightOwl));
        Assert.Equal("/shopper/night-owl", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void An_empty_history_says_so_instead_of_an_empty_strip()
    {
        var cut = Context.Render<PersonaCard>(p => p.Add(c => c.Profile, NightOwl with { History = [] }));
        Assert.Empty(cut.FindAll(".history-strip"));
        Assert.Contains("No history yet.", cut.Markup);
    }
}
