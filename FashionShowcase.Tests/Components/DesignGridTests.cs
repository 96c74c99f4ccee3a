using Bunit;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Web.Components.Pages.Shopper;

namespace FashionShowcase.Tests.Components;

public sealed class DesignGridTests : MudComponentTest
{
    /// <summary>A frame of <paramref name="starts"/> tiles whose "PNG" bytes encode the step, so each step's images differ.</summary>
    private static DesignFrame Frame(int step, int total, int starts = 4, bool final = false)
    {
        var tiles = Enumerable.Range(0, starts).Select(s => new DesignTile(
            s, FashionClass.Coat, [(byte)step, (byte)s, 7], new byte[DataSplit.PixelsPerImage],
            Score: s + step * 0.5, RealnessTerm: 0.1, Extra: 0, Objective: s + step * 0.5,
            Rank: final ? starts - s : null)).ToArray();
        return new DesignFrame(step, total, final, tiles);
    }

    private static string DataUrl(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    [Fact]
    public void Without_a_frame_it_shows_the_empty_text()
    {
        var cut = Context.Render<DesignGrid>(p => p.Add(c => c.EmptyText, "Press the button"));
        Assert.Empty(cut.FindAll(".design-grid img"));
        Assert.Contains("Press the button", cut.Markup);
    }

    [Fact]
    public void The_first_frame_shows_one_tile_per_start_with_a_score()
    {
        var cut = Context.Render<DesignGrid>(p => p.Add(c => c.Frame, Frame(0, 2)));
        var images = cut.FindAll(".design-grid img");
        Assert.Equal(4, images.Count);
        Assert.Equal(DataUrl([0, 0, 7]), images[0].GetAttribute("src"));
        Assert.Contains("score 3.00", cut.Markup);
        Assert.Contains("Step 0 / 2", cut.Markup);
    }

    [Fact]
    public void A_new_frame_replaces_the_tiles_images_and_step()
    {
        var cut = Context.Render<DesignGrid>(p => p.Add(c => c.Frame, Frame(0, 2)));
        cut.Render(p => p.Add(c => c.Frame, Frame(1, 2)));
        var images = cut.FindAll(".design-grid img");
        Assert.Equal(DataUrl([1, 0, 7]), images[0].GetAttribute("src"));
        Assert.Equal("1", cut.Find(".design-grid").GetAttribute("data-step"));
        Assert.Contains("Step 1 / 2", cut.Markup);
        Assert.Contains("score 3.50", cut.Markup);
    }

    [Fact]
    public void Only_the_final_frame_highlights_the_best_designs()
    {
        var cut = Context.Render<DesignGrid>(p => p.Add(c => c.Frame, Frame(1, 2)).Add(c => c.Highlight, 2));
        Assert.Empty(cut.FindAll(".design-tile-best"));

        cut.Render(p => p.Add(c => c.Frame, Frame(2, 2, final: true)));
        var best = cut.FindAll(".design-tile-best");
        Assert.Equal(2, best.Count);
        Assert.Contains("Best #1", cut.Markup);
        Assert.Contains("Final designs after 2 steps", cut.Markup);
    }
}
