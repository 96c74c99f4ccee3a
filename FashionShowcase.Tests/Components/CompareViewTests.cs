using Bunit;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Web.Components.Pages.Compare;
using FashionShowcase.Web.Services.Design;

namespace FashionShowcase.Tests.Components;

public sealed class CompareViewTests : MudComponentTest
{
    private static readonly AlterationSubject Coat = new("Coat #42", 42, new byte[DataSplit.PixelsPerImage], [1, 2, 3], FashionClass.Coat);

    private static readonly ItemInversion Inversion = new(FashionClass.Coat, new float[4], new byte[784], new byte[784], [9, 9], Mse: 0.0123, Ssim: 0.81, BestStart: 0);

    private static AlterationFrame Step(int step, int total, bool final = false) => new(
        step, total, final, [(byte)(10 + step)], new byte[784], Score: step, RealnessTerm: 0, ProximityTerm: 0, Objective: step,
        DistanceMse: 0.01, Similarity: 0.9, Inversion, DifferencePng: final ? [5, 5] : null);

    [Fact]
    public void Before_any_frame_the_original_and_its_scores_show_and_the_after_column_is_blank()
    {
        var cut = Context.Render<CompareView>(p => p.Add(c => c.Subject, Coat).Add(c => c.Running, true)
            .Add(c => c.Before, new AlterationScores(1.25, -0.5, 0.3)));
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(new byte[] { 1, 2, 3 }), cut.Find("img[alt=Original]").GetAttribute("src"));
        Assert.Empty(cut.FindAll("img[alt=Altered]"));
        Assert.Equal("1.25", cut.Find("[data-score=learned-before]").TextContent.Trim());
        Assert.StartsWith("-0.50", cut.Find("[data-score=true-before]").TextContent.Trim());
        Assert.Equal("–", cut.Find("[data-score=learned-after]").TextContent.Trim());
    }

    [Fact]
    public void At_the_end_it_shows_before_and_after_scores_the_altered_item_and_the_difference_map()
    {
        var cut = Context.Render<CompareView>(p => p.Add(c => c.Subject, Coat).Add(c => c.ShopperName, "Night Owl")
            .Add(c => c.Frames, [Step(0, 2), Step(1, 2), Step(2, 2, final: true)])
            .Add(c => c.Before, new AlterationScores(1.25, -0.5, 0.3))
            .Add(c => c.After, new AlterationScores(2.75, 0.5, 0.9)));
        Assert.Equal("1.25", cut.Find("[data-score=learned-before]").TextContent.Trim());
        Assert.Equal("2.75", cut.Find("[data-score=learned-after]").TextContent.Trim());
        Assert.Contains("0.50", cut.Find("[data-score=true-after]").TextContent);
        Assert.Equal("2", cut.Find("img[alt=Altered]").GetAttribute("data-step"));
        Assert.Contains("Altered for Night Owl", cut.Markup);
        Assert.NotEmpty(cut.FindAll("img[alt='Difference map']"));
        Assert.Contains("0.012", cut.Markup);
    }

    [Fact]
    public void While_running_it_follows_the_newest_frame()
    {
        var cut = Context.Render<CompareView>(p => p.Add(c => c.Subject, Coat).Add(c => c.Running, true).Add(c => c.Frames, [Step(0, 3)]));
        Assert.Equal("0", cut.Find("img[alt=Altered]").GetAttribute("data-step"));
        cut.Render(p => p.Add(c => c.Frames, [Step(0, 3), Step(1, 3)]));
        Assert.Equal("1", cut.Find("img[alt=Altered]").GetAttribute("data-step"));
    }
}
