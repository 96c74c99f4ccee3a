namespace FashionShowcase.Core.Design;

/// <summary>
/// One step of a design search, immutable: every start's image and terms. Step 0 is the starting
/// point (before any update); the final frame (<see cref="IsFinal"/>) ranks the starts.
/// </summary>
public sealed record DesignFrame(int Step, int TotalSteps, bool IsFinal, IReadOnlyList<DesignTile> Tiles)
{
    /// <summary>Mean objective over the starts (the curve a page can draw).</summary>
    public double MeanObjective => Tiles.Count == 0 ? 0 : Tiles.Average(t => t.Objective);

    /// <summary>Tiles best first by objective (on the final frame, the same order as <see cref="DesignTile.Rank"/>).</summary>
    public IReadOnlyList<DesignTile> Ranked => Tiles.OrderByDescending(t => t.Objective).ThenBy(t => t.Start).ToArray();

    /// <summary>The start with the best objective.</summary>
    public DesignTile Best => Ranked[0];
}
