using FashionShowcase.Core.Design;
using FashionShowcase.Web.Services.Design;
using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Pages.Compare;

/// <summary>
/// An item and its alteration for a shopper side by side: a slider through the trajectory (it
/// follows the newest frame until the visitor moves it), learned and true scores before and after,
/// and, at the end, the difference map and how well the GAN reconstructed the item.
/// </summary>
public partial class CompareView
{
    private int? _chosenIndex;

    /// <summary>The item being altered.</summary>
    [Parameter, EditorRequired]
    public AlterationSubject Subject { get; set; } = default!;

    /// <summary>The trajectory so far (step 0 = reconstruction).</summary>
    [Parameter]
    public IReadOnlyList<AlterationFrame> Frames { get; set; } = [];

    /// <summary>The original's scores; blank while unknown.</summary>
    [Parameter]
    public AlterationScores? Before { get; set; }

    /// <summary>The altered item's scores; blank until the final frame.</summary>
    [Parameter]
    public AlterationScores? After { get; set; }

    /// <summary>Who the item is altered for, as shown in captions.</summary>
    [Parameter]
    public string ShopperName { get; set; } = "the shopper";

    /// <summary>Whether frames are still coming (shows a spinner before the first).</summary>
    [Parameter]
    public bool Running { get; set; }

    private int ShownIndex => Frames.Count == 0 ? 0 : Math.Min(_chosenIndex ?? Frames.Count - 1, Frames.Count - 1);

    private AlterationFrame? Shown => Frames.Count == 0 ? null : Frames[ShownIndex];

    private AlterationFrame? Final => Frames.Count > 0 && Frames[^1].IsFinal ? Frames[^1] : null;

    protected override void OnParametersSet()
    {
        // A new trajectory starts at its newest frame again.
        if (Frames.Count <= 1) _chosenIndex = null;
    }

    private void OnSlide(int index) => _chosenIndex = index >= Frames.Count - 1 && Final is null ? null : index;

    private static string DataUrl(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    private static string Format(double? value) => value is { } v ? v.ToString("0.00") : "–";

    private static string Percentile(AlterationScores? scores) =>
        scores is null || double.IsNaN(scores.TruePercentile) ? "" : $"(better than {scores.TruePercentile:P0} of the class)";
}
