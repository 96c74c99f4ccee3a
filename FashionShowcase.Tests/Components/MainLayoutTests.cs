using Bunit;
using FashionShowcase.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Extensions;

namespace FashionShowcase.Tests.Components;

public sealed class MainLayoutTests : MudComponentTest
{
    public MainLayoutTests() => Context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    protected override bool NeedsPopoverProvider => false;

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Context.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));

    [Fact]
    public void By_default_it_is_light_shows_the_page_and_links_every_area()
    {
        var cut = RenderLayout();
        Assert.False(cut.FindComponent<MudThemeProvider>().Instance.GetState(x => x.IsDarkMode));
        Assert.Contains("page body", cut.Markup);
        Assert.Equal(["/", "/catalog", "/compare", "/admin"], cut.FindAll("nav a, .mud-navmenu a").Select(a => a.GetAttribute("href")).Distinct());
    }

    [Fact]
    public void The_toggle_switches_to_dark_mode_and_back()
    {
        var cut = RenderLayout();
        cut.Find("button[aria-label='Toggle dark mode']").Click();
        Assert.True(cut.FindComponent<MudThemeProvider>().Instance.GetState(x => x.IsDarkMode));
        cut.Find("button[aria-label='Toggle dark mode']").Click();
        Assert.False(cut.FindComponent<MudThemeProvider>().Instance.GetState(x => x.IsDarkMode));
    }

    [Fact]
    public void It_marks_itself_interactive_once_the_circuit_renders_it()
    {
        var cut = RenderLayout();
        Assert.Equal("true", cut.Find(".mud-layout").GetAttribute("data-interactive"));
    }
}
