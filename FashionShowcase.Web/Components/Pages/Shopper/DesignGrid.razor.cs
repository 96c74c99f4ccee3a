using FashionShowcase.Core.Design;
using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Pages.Shopper;

/// <summary>
/// The tiles of one design frame, in start order (so a tile stays in place while it refines), each
/// with its learned score as a bar; on the final frame the best ranks are highlighted. Give it each
/// new frame as it arrives.
/// </summary>
public partial class DesignGrid
{
    /// <summary>The frame to draw; null draws <see cref="EmptyText"/>.</summary>
    [Parameter]
    public DesignFrame? Frame { get; set; }

    /// <summary>
    /// The learned scores that map to an empty and a full bar. Keep it fixed over a run (e.g. the
    /// range seen so far) so bars visibly grow; null uses the frame's own range.
    /// </summary>
    [Parameter]
    public (double Low, double High)? ScoreRange { get; set; }

    /// <summary>How many of the best designs the final frame highlights.</summary>
    [Parameter]
    public int Highlight { get; set; } = 3;

    /// <summary>Shown before the first frame.</summary>
    [Parameter]
    public string EmptyText { get; set; } = "No designs yet.";

    private bool IsBest(DesignTile tile) => Frame is { IsFinal: true } && tile.Rank is { } rank && rank <= Highlight;

    private static string ImageSource(DesignTile tile) => "data:image/png;base64," + Convert.ToBase64String(tile.Png);

    private double BarValue(DesignTile tile)
    {
        var (low, high) = ScoreRange ?? (Frame!.Tiles.Min(t => t.Score), Frame.Tiles.Max(t => t.Score));
        if (!(high > low)) return 100;
        // Keep a sliver for the lowest so every tile shows a bar.
        return 5 + 95 * Math.Clamp((tile.Score - low) / (high - low), 0, 1);
    }
}
